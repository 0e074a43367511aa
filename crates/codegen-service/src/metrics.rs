//! Prometheus metrics: what one request contributes (`Observation`), an isolate's batch of
//! them (`ObservationBatch`), the aggregate each metrics shard keeps (`MetricsState`,
//! serializable so it survives eviction; shards merge into one at the scrape), and the
//! text exposition format (version 0.0.4) rendered from it.
//!
//! Why not the `prometheus-client` crate: its histograms can only `observe()`, so an
//! aggregate loaded back from storage could not be rendered through it. The renderer is
//! small and tested against the format here and by `promtool check metrics` end to end.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::{Deserialize, Serialize};
use subtle::ConstantTimeEq;

use crate::ApiError;

/// Upper bounds (seconds) of the latency histograms' buckets: an LLM call takes from
/// tens of milliseconds (a cache) to a minute (a long generation).
pub const LATENCY_BUCKETS: [f64; 13] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0,
];

/// One LLM call as the metrics see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LlmCall {
    pub model: String,
    /// `ok`, `status_<code>`, `timeout`, `unreachable`, `too_large`, `garbage`.
    pub outcome: String,
    pub latency_seconds: f64,
}

/// What one `POST /llm-codegen/generate` contributes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Observation {
    pub status: u16,
    pub code: String,
    pub latency_seconds: f64,
    pub llm_calls: Vec<LlmCall>,
    /// Rule codes of the blocking findings of each failed validation round.
    pub blocked_rules: Vec<String>,
    /// `rate_limit` or `quota` when the user's limits refused the request.
    pub limited: Option<String>,
}

/// Per-bucket counts (not cumulative), their sum and count.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Histogram {
    buckets: Vec<u64>,
    sum: f64,
    count: u64,
}

impl Histogram {
    fn merge(&mut self, other: &Histogram) {
        self.buckets.resize(LATENCY_BUCKETS.len(), 0);
        for (mine, theirs) in self.buckets.iter_mut().zip(&other.buckets) {
            *mine += theirs;
        }
        self.sum += other.sum;
        self.count += other.count;
    }

    fn observe(&mut self, value: f64) {
        let value = if value.is_finite() {
            value.max(0.0)
        } else {
            0.0
        };
        self.buckets.resize(LATENCY_BUCKETS.len(), 0);
        if let Some(i) = LATENCY_BUCKETS.iter().position(|&le| value <= le) {
            self.buckets[i] += 1;
        }
        self.sum += value;
        self.count += 1;
    }
}

/// Keep the series bounded whatever the labels: past this many series per family, new
/// label sets are counted under `other`.
const MAX_SERIES: usize = 200;

fn bump(map: &mut BTreeMap<String, u64>, key: String) {
    add(map, key, 1);
}

fn add(map: &mut BTreeMap<String, u64>, key: String, count: u64) {
    let key = if map.len() >= MAX_SERIES && !map.contains_key(&key) {
        "other".to_string()
    } else {
        key
    };
    *map.entry(key).or_default() += count;
}

/// How many Durable Objects share the metrics. Each request records into one picked at
/// random, so no single object sees every request; `/metrics` merges them all. Only ever
/// raise it: the counts of a shard past the new number would no longer be read.
pub const METRICS_SHARDS: u32 = 32;

/// The observations an isolate has not sent to a shard yet. The first observation of a
/// batch asks its request to flush the batch after `BATCH_WINDOW_MS` (inside its
/// `waitUntil`, which keeps the isolate alive until then); the requests that follow
/// within the window only join it. One shard write per isolate per window, however busy
/// the isolate.
#[derive(Debug, Default)]
pub struct ObservationBatch {
    pending: Vec<Observation>,
}

/// How long an isolate gathers observations before one write to a shard.
pub const BATCH_WINDOW_MS: u64 = 500;

impl ObservationBatch {
    /// Adds an observation; `true` when the caller must schedule the flush.
    pub fn push(&mut self, observation: Observation) -> bool {
        self.pending.push(observation);
        self.pending.len() == 1
    }

    /// Everything gathered, to send in one write; the next push starts a new batch.
    pub fn take(&mut self) -> Vec<Observation> {
        std::mem::take(&mut self.pending)
    }
}

/// The name of shard `index` (a Durable Object name in the `METRICS` namespace).
pub fn shard_name(index: u32) -> String {
    format!("shard-{}", index % METRICS_SHARDS)
}

/// The shard a request records into, from a random number.
pub fn pick_shard(random: u32) -> String {
    shard_name(random % METRICS_SHARDS)
}

/// Every shard's name, for the scrape.
pub fn all_shards() -> impl Iterator<Item = String> {
    (0..METRICS_SHARDS).map(shard_name)
}

/// The aggregate across isolates. Keys of labelled families are their label values
/// joined by `\u{1f}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MetricsState {
    requests: BTreeMap<String, u64>,
    latency: Histogram,
    llm_calls: BTreeMap<String, u64>,
    llm_latency: BTreeMap<String, Histogram>,
    blocked: BTreeMap<String, u64>,
    limited: BTreeMap<String, u64>,
}

const SEP: char = '\u{1f}';

impl MetricsState {
    pub fn record(&mut self, observation: &Observation) {
        bump(
            &mut self.requests,
            format!("{}{SEP}{}", observation.status, observation.code),
        );
        self.latency.observe(observation.latency_seconds);
        for call in &observation.llm_calls {
            bump(
                &mut self.llm_calls,
                format!("{}{SEP}{}", call.model, call.outcome),
            );
            if self.llm_latency.len() < MAX_SERIES || self.llm_latency.contains_key(&call.model) {
                self.llm_latency
                    .entry(call.model.clone())
                    .or_default()
                    .observe(call.latency_seconds);
            }
        }
        for rule in &observation.blocked_rules {
            bump(&mut self.blocked, rule.clone());
        }
        if let Some(reason) = &observation.limited {
            bump(&mut self.limited, reason.clone());
        }
    }

    /// The state as stored by a shard; a row that no longer parses starts over (Prometheus
    /// reads a counter that drops as a reset).
    pub fn restore(stored: Option<&str>) -> MetricsState {
        stored
            .and_then(|text| serde_json::from_str(text).ok())
            .unwrap_or_default()
    }

    /// A shard's state with its pending observations (JSON, as recorded) folded in. An
    /// observation that no longer parses is skipped: it cannot be counted under any label.
    pub fn fold<'a>(
        stored: Option<&str>,
        pending: impl IntoIterator<Item = &'a str>,
    ) -> MetricsState {
        let mut state = MetricsState::restore(stored);
        for text in pending {
            if let Ok(observation) = serde_json::from_str::<Observation>(text) {
                state.record(&observation);
            }
        }
        state
    }

    /// Adds another shard's counts to these (the same bound on series applies).
    pub fn merge(&mut self, other: &MetricsState) {
        for (key, count) in &other.requests {
            add(&mut self.requests, key.clone(), *count);
        }
        self.latency.merge(&other.latency);
        for (key, count) in &other.llm_calls {
            add(&mut self.llm_calls, key.clone(), *count);
        }
        for (model, histogram) in &other.llm_latency {
            if self.llm_latency.len() < MAX_SERIES || self.llm_latency.contains_key(model) {
                self.llm_latency
                    .entry(model.clone())
                    .or_default()
                    .merge(histogram);
            }
        }
        for (key, count) in &other.blocked {
            add(&mut self.blocked, key.clone(), *count);
        }
        for (key, count) in &other.limited {
            add(&mut self.limited, key.clone(), *count);
        }
    }

    /// The Prometheus text exposition format.
    pub fn render(&self) -> String {
        let mut out = String::new();
        family(
            &mut out,
            "llm_codegen_requests_total",
            "counter",
            "Requests to POST /llm-codegen/generate by HTTP status and error code (ok for 200).",
        );
        counters(
            &mut out,
            "llm_codegen_requests_total",
            &["status", "code"],
            &self.requests,
        );
        family(
            &mut out,
            "llm_codegen_latency_seconds",
            "histogram",
            "Time from request to response of POST /llm-codegen/generate.",
        );
        histogram(&mut out, "llm_codegen_latency_seconds", None, &self.latency);
        family(
            &mut out,
            "llm_codegen_llm_requests_total",
            "counter",
            "Calls to the LLM (retries and fallbacks included) by model and outcome.",
        );
        counters(
            &mut out,
            "llm_codegen_llm_requests_total",
            &["model", "outcome"],
            &self.llm_calls,
        );
        family(
            &mut out,
            "llm_codegen_llm_latency_seconds",
            "histogram",
            "Duration of each call to the LLM, by model.",
        );
        for (model, h) in &self.llm_latency {
            histogram(
                &mut out,
                "llm_codegen_llm_latency_seconds",
                Some(("model", model)),
                h,
            );
        }
        family(
            &mut out,
            "llm_codegen_blocked_total",
            "counter",
            "Blocking findings in generated code by rule code, per failed validation round.",
        );
        counters(
            &mut out,
            "llm_codegen_blocked_total",
            &["rule"],
            &self.blocked,
        );
        family(
            &mut out,
            "llm_codegen_rate_limited_total",
            "counter",
            "Requests refused by the per-user limits, by reason (rate_limit or quota).",
        );
        counters(
            &mut out,
            "llm_codegen_rate_limited_total",
            &["reason"],
            &self.limited,
        );
        out
    }
}

fn family(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {}", escape_help(help));
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

fn escape_help(text: &str) -> String {
    text.replace('\\', "\\\\").replace('\n', "\\n")
}

fn escape_label(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

fn labels(pairs: &[(&str, &str)]) -> String {
    if pairs.is_empty() {
        return String::new();
    }
    let inner: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}=\"{}\"", escape_label(v)))
        .collect();
    format!("{{{}}}", inner.join(","))
}

fn counters(out: &mut String, name: &str, label_names: &[&str], values: &BTreeMap<String, u64>) {
    for (key, value) in values {
        let mut parts: Vec<&str> = key.split(SEP).collect();
        parts.resize(label_names.len(), "other");
        let pairs: Vec<(&str, &str)> = label_names.iter().copied().zip(parts).collect();
        let _ = writeln!(out, "{name}{} {value}", labels(&pairs));
    }
}

fn number(value: f64) -> String {
    if value.is_finite() {
        format!("{value}")
    } else {
        "0".into()
    }
}

fn histogram(out: &mut String, name: &str, label: Option<(&str, &str)>, h: &Histogram) {
    let base: Vec<(&str, &str)> = label.into_iter().collect();
    let mut cumulative = 0;
    for (i, le) in LATENCY_BUCKETS.iter().enumerate() {
        cumulative += h.buckets.get(i).copied().unwrap_or(0);
        let le = number(*le);
        let mut pairs = base.clone();
        pairs.push(("le", &le));
        let _ = writeln!(out, "{name}_bucket{} {cumulative}", labels(&pairs));
    }
    let mut pairs = base.clone();
    pairs.push(("le", "+Inf"));
    let _ = writeln!(out, "{name}_bucket{} {}", labels(&pairs), h.count);
    let _ = writeln!(out, "{name}_sum{} {}", labels(&base), number(h.sum));
    let _ = writeln!(out, "{name}_count{} {}", labels(&base), h.count);
}

/// `GET /metrics` needs `Authorization: Bearer <METRICS_TOKEN>`; without a configured
/// token the route is closed. The comparison takes the same time wherever it differs.
pub fn authorize(authorization: Option<&str>, token: Option<&str>) -> Result<(), ApiError> {
    let token = token.filter(|t| !t.is_empty()).ok_or_else(|| {
        ApiError::Misconfigured("METRICS_TOKEN is not set, so /metrics is closed".into())
    })?;
    let given = crate::auth::bearer_token(authorization).map_err(|_| ApiError::Unauthorized)?;
    if bool::from(given.as_bytes().ct_eq(token.as_bytes())) {
        Ok(())
    } else {
        Err(ApiError::Unauthorized)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn observation(status: u16, code: &str, latency: f64) -> Observation {
        Observation {
            status,
            code: code.into(),
            latency_seconds: latency,
            llm_calls: Vec::new(),
            blocked_rules: Vec::new(),
            limited: None,
        }
    }

    /// Samples as (name with labels, value), parsed back from the text.
    fn samples(text: &str) -> BTreeMap<String, f64> {
        text.lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .map(|l| {
                let (series, value) = l.rsplit_once(' ').expect("sample line");
                (series.to_string(), value.parse().expect("number"))
            })
            .collect()
    }

    #[test]
    fn counts_requests_by_status_and_code() {
        let mut state = MetricsState::default();
        state.record(&observation(200, "ok", 0.3));
        state.record(&observation(200, "ok", 0.7));
        let mut limited = observation(429, "rate_limited", 0.001);
        limited.limited = Some("rate_limit".into());
        state.record(&limited);
        let s = samples(&state.render());
        assert_eq!(
            s["llm_codegen_requests_total{status=\"200\",code=\"ok\"}"],
            2.0
        );
        assert_eq!(
            s["llm_codegen_requests_total{status=\"429\",code=\"rate_limited\"}"],
            1.0
        );
        assert_eq!(
            s["llm_codegen_rate_limited_total{reason=\"rate_limit\"}"],
            1.0
        );
        assert_eq!(s["llm_codegen_latency_seconds_count"], 3.0);
        assert!((s["llm_codegen_latency_seconds_sum"] - 1.001).abs() < 1e-9);
    }

    #[test]
    fn histogram_buckets_are_cumulative_and_end_at_inf() {
        let mut state = MetricsState::default();
        for latency in [0.004, 0.3, 0.3, 45.0, 1000.0, f64::NAN] {
            state.record(&observation(200, "ok", latency));
        }
        let s = samples(&state.render());
        let bucket = |le: &str| s[&format!("llm_codegen_latency_seconds_bucket{{le=\"{le}\"}}")];
        assert_eq!(bucket("0.005"), 2.0); // 0.004 and the NaN counted as 0
        assert_eq!(bucket("0.25"), 2.0);
        assert_eq!(bucket("0.5"), 4.0);
        assert_eq!(bucket("60"), 5.0);
        assert_eq!(bucket("+Inf"), 6.0);
        let mut previous = 0.0;
        for le in LATENCY_BUCKETS {
            let value = bucket(&number(le));
            assert!(value >= previous);
            previous = value;
        }
    }

    #[test]
    fn llm_calls_blocked_rules_and_label_escaping() {
        let mut state = MetricsState::default();
        let mut o = observation(400, "unsafe_code", 2.0);
        o.llm_calls = vec![
            LlmCall {
                model: "gpt-4o".into(),
                outcome: "status_500".into(),
                latency_seconds: 0.2,
            },
            LlmCall {
                model: "we\"ird\\model\n".into(),
                outcome: "ok".into(),
                latency_seconds: 1.2,
            },
        ];
        o.blocked_rules = vec!["S101".into(), "S101".into(), "S104".into()];
        state.record(&o);
        let text = state.render();
        let s = samples(&text);
        assert_eq!(s["llm_codegen_blocked_total{rule=\"S101\"}"], 2.0);
        assert_eq!(s["llm_codegen_blocked_total{rule=\"S104\"}"], 1.0);
        assert_eq!(
            s["llm_codegen_llm_requests_total{model=\"gpt-4o\",outcome=\"status_500\"}"],
            1.0
        );
        assert!(
            text.contains(r#"model="we\"ird\\model\n",outcome="ok"} 1"#),
            "{text}"
        );
        assert_eq!(
            s["llm_codegen_llm_latency_seconds_bucket{model=\"gpt-4o\",le=\"0.25\"}"],
            1.0
        );
        // Every family is declared once with HELP and TYPE, before its samples.
        for name in [
            "llm_codegen_requests_total",
            "llm_codegen_latency_seconds",
            "llm_codegen_llm_requests_total",
            "llm_codegen_llm_latency_seconds",
            "llm_codegen_blocked_total",
            "llm_codegen_rate_limited_total",
        ] {
            assert_eq!(
                text.matches(&format!("# TYPE {name} ")).count(),
                1,
                "{name}"
            );
        }
    }

    #[test]
    fn series_stay_bounded() {
        let mut state = MetricsState::default();
        for i in 0..(MAX_SERIES + 50) {
            let mut o = observation(400, "unsafe_code", 0.1);
            o.blocked_rules = vec![format!("X{i}")];
            state.record(&o);
        }
        let s = samples(&state.render());
        let blocked = s
            .keys()
            .filter(|k| k.starts_with("llm_codegen_blocked_total"))
            .count();
        assert_eq!(blocked, MAX_SERIES + 1);
        assert_eq!(s["llm_codegen_blocked_total{rule=\"other\"}"], 50.0);
    }

    #[test]
    fn state_survives_serialization() {
        let mut state = MetricsState::default();
        state.record(&observation(200, "ok", 0.3));
        let text = serde_json::to_string(&state).unwrap();
        let back: MetricsState = serde_json::from_str(&text).unwrap();
        assert_eq!(back, state);
        assert_eq!(back.render(), state.render());
        let empty: MetricsState = serde_json::from_str("{}").unwrap();
        assert!(empty
            .render()
            .contains("llm_codegen_latency_seconds_count 0"));
    }

    #[test]
    fn metrics_route_needs_the_token() {
        let token = Some("m-3tr1cs-token");
        assert_eq!(authorize(Some("Bearer m-3tr1cs-token"), token), Ok(()));
        for header in [
            None,
            Some("Bearer wrong"),
            Some("Basic m-3tr1cs-token"),
            Some("Bearer m-3tr1cs-toke"),
        ] {
            assert_eq!(
                authorize(header, token),
                Err(ApiError::Unauthorized),
                "{header:?}"
            );
        }
        let closed = authorize(Some("Bearer anything"), None).unwrap_err();
        assert_eq!(closed.code(), "misconfigured");
        assert!(closed.to_string().contains("METRICS_TOKEN"));
    }

    #[test]
    fn shards_merged_count_exactly_what_one_state_counts() {
        let mut whole = MetricsState::default();
        let mut shards = vec![MetricsState::default(); 4];
        for i in 0..200u32 {
            let mut o = observation(
                if i % 3 == 0 { 429 } else { 200 },
                if i % 3 == 0 { "rate_limited" } else { "ok" },
                f64::from(i) / 100.0,
            );
            o.llm_calls = vec![LlmCall {
                model: format!("m{}", i % 2),
                outcome: "ok".into(),
                latency_seconds: 0.25,
            }];
            o.blocked_rules = vec![format!("S10{}", i % 5)];
            o.limited = (i % 3 == 0).then(|| "rate_limit".to_string());
            whole.record(&o);
            shards[(i % 4) as usize].record(&o);
        }
        // Through storage, as the scrape reads them.
        let mut merged = MetricsState::default();
        for shard in &shards {
            let stored = serde_json::to_string(shard).unwrap();
            merged.merge(&MetricsState::restore(Some(&stored)));
        }
        assert_eq!(merged.render(), whole.render());
        assert_eq!(
            MetricsState::restore(Some("{broken")),
            MetricsState::default()
        );
    }

    #[test]
    fn requests_spread_over_every_shard() {
        let mut seen = std::collections::BTreeSet::new();
        for random in 0..1000u32 {
            seen.insert(pick_shard(random.wrapping_mul(2_654_435_761)));
        }
        assert_eq!(seen.len(), METRICS_SHARDS as usize);
        assert_eq!(
            all_shards().collect::<std::collections::BTreeSet<_>>(),
            seen
        );
    }

    #[test]
    fn pending_observations_fold_into_the_stored_state() {
        let mut before = MetricsState::default();
        before.record(&observation(200, "ok", 0.1));
        let stored = serde_json::to_string(&before).unwrap();
        let pending: Vec<String> = [
            observation(200, "ok", 0.2),
            observation(500, "llm_error", 1.0),
        ]
        .iter()
        .map(|o| serde_json::to_string(o).unwrap())
        .collect();
        let mut texts: Vec<&str> = pending.iter().map(String::as_str).collect();
        texts.push("{not an observation");
        let folded = MetricsState::fold(Some(&stored), texts);
        let s = samples(&folded.render());
        assert_eq!(
            s["llm_codegen_requests_total{status=\"200\",code=\"ok\"}"],
            2.0
        );
        assert_eq!(
            s["llm_codegen_requests_total{status=\"500\",code=\"llm_error\"}"],
            1.0
        );
        assert_eq!(s["llm_codegen_latency_seconds_count"], 3.0);
        assert_eq!(MetricsState::fold(None, []), MetricsState::default());
    }

    #[test]
    fn an_isolate_flushes_once_per_batch() {
        let mut batch = ObservationBatch::default();
        assert!(
            batch.push(observation(200, "ok", 0.1)),
            "the first schedules the flush"
        );
        assert!(!batch.push(observation(200, "ok", 0.2)));
        assert!(!batch.push(observation(429, "rate_limited", 0.0)));
        assert_eq!(batch.take().len(), 3);
        assert!(batch.take().is_empty());
        assert!(
            batch.push(observation(200, "ok", 0.1)),
            "a new batch after a flush"
        );
    }
}
