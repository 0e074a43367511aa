//! The spans of one request and their export as OTLP/HTTP JSON
//! (`ExportTraceServiceRequest`, with the OTLP JSON rules: ids in lowercase hex, 64-bit
//! integers as strings, enums as numbers).

use serde_json::{json, Value};

use crate::config::ConfigError;
use crate::platform::Platform;
use crate::trace::{span_id, TraceContext};

/// OTLP `Span.SpanKind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanKind {
    Internal = 1,
    Server = 2,
    Client = 3,
}

/// An attribute value (OTLP `AnyValue`, the scalar kinds).
#[derive(Debug, Clone, PartialEq)]
pub enum Attribute {
    Str(String),
    Int(i64),
    Bool(bool),
    Float(f64),
}

impl From<&str> for Attribute {
    fn from(value: &str) -> Self {
        Attribute::Str(value.to_string())
    }
}
impl From<String> for Attribute {
    fn from(value: String) -> Self {
        Attribute::Str(value)
    }
}
impl From<bool> for Attribute {
    fn from(value: bool) -> Self {
        Attribute::Bool(value)
    }
}
impl From<f64> for Attribute {
    fn from(value: f64) -> Self {
        Attribute::Float(value)
    }
}
macro_rules! int_attribute {
    ($($t:ty),*) => {$(
        impl From<$t> for Attribute {
            fn from(value: $t) -> Self {
                Attribute::Int(i64::try_from(value).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_attribute!(u16, u32, u64, usize, i64);

/// One timed operation. Times are Unix milliseconds (the platform's clock).
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub name: &'static str,
    pub kind: SpanKind,
    pub span_id: String,
    pub parent_span_id: Option<String>,
    pub start_ms: f64,
    pub end_ms: f64,
    pub attributes: Vec<(&'static str, Attribute)>,
    /// Set when the operation failed: OTLP status `ERROR` with this message.
    pub error: Option<String>,
}

impl Span {
    pub fn new(
        name: &'static str,
        kind: SpanKind,
        span_id: String,
        parent_span_id: Option<String>,
        start_ms: f64,
    ) -> Span {
        Span {
            name,
            kind,
            span_id,
            parent_span_id,
            start_ms,
            end_ms: start_ms,
            attributes: Vec::new(),
            error: None,
        }
    }

    pub fn set(&mut self, key: &'static str, value: impl Into<Attribute>) {
        let value = value.into();
        match self.attributes.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.attributes.push((key, value)),
        }
    }

    pub fn get(&self, key: &str) -> Option<&Attribute> {
        self.attributes
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v)
    }
}

/// A request's root span (its id is the trace context's span id) and its finished
/// children, timed by the platform's clock.
#[derive(Debug, Clone)]
pub struct Recorder {
    pub trace: TraceContext,
    root: Span,
    children: Vec<Span>,
}

impl Recorder {
    pub fn start(trace: TraceContext, name: &'static str, started_ms: f64) -> Recorder {
        let root = Span::new(
            name,
            SpanKind::Server,
            trace.span_id.clone(),
            trace.parent_span_id.clone(),
            started_ms,
        );
        Recorder {
            trace,
            root,
            children: Vec::new(),
        }
    }

    /// A child of the root span, started now.
    pub fn open(&self, platform: &impl Platform, name: &'static str, kind: SpanKind) -> Span {
        let mut bytes = [0u8; 8];
        platform.fill_random(&mut bytes);
        Span::new(
            name,
            kind,
            span_id(bytes),
            Some(self.root.span_id.clone()),
            platform.now_ms(),
        )
    }

    /// Ends `span` now and keeps it.
    pub fn close(&mut self, platform: &impl Platform, mut span: Span) {
        span.end_ms = platform.now_ms();
        self.children.push(span);
    }

    pub fn started_ms(&self) -> f64 {
        self.root.start_ms
    }

    pub fn root(&mut self) -> &mut Span {
        &mut self.root
    }

    /// Every span, the root (ended at `now_ms`) first.
    pub fn finish(mut self, now_ms: f64) -> Vec<Span> {
        self.root.end_ms = now_ms;
        let mut spans = vec![self.root];
        spans.append(&mut self.children);
        spans
    }
}

/// Where spans go: `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` as given, or
/// `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces`; headers from `OTEL_EXPORTER_OTLP_HEADERS`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtlpTarget {
    pub url: String,
    pub headers: Vec<(String, String)>,
}

impl OtlpTarget {
    /// `None` when no endpoint is set (export off).
    pub fn from_settings(
        endpoint: Option<&str>,
        traces_endpoint: Option<&str>,
        headers: Option<&str>,
    ) -> Result<Option<OtlpTarget>, ConfigError> {
        let (name, url) = match (traces_endpoint, endpoint) {
            (Some(url), _) => ("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", url.to_string()),
            (None, Some(base)) => (
                "OTEL_EXPORTER_OTLP_ENDPOINT",
                format!("{}/v1/traces", base.trim_end_matches('/')),
            ),
            (None, None) => return Ok(None),
        };
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(ConfigError::Invalid {
                name,
                problem: "must be an http(s) URL".into(),
            });
        }
        let headers = match headers {
            Some(text) => parse_headers(text)?,
            None => Vec::new(),
        };
        Ok(Some(OtlpTarget { url, headers }))
    }
}

/// `key1=value1,key2=value2` with percent-encoded values (the OpenTelemetry
/// environment-variable format). Errors never repeat the values: they hold credentials.
fn parse_headers(text: &str) -> Result<Vec<(String, String)>, ConfigError> {
    let invalid = |problem: String| ConfigError::Invalid {
        name: "OTEL_EXPORTER_OTLP_HEADERS",
        problem,
    };
    let mut headers = Vec::new();
    for (index, entry) in text.split(',').enumerate() {
        if entry.trim().is_empty() {
            continue;
        }
        let (key, value) = entry
            .split_once('=')
            .ok_or_else(|| invalid(format!("entry {} has no '='", index + 1)))?;
        let key = key.trim();
        let token = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
        if key.is_empty() || !key.bytes().all(token) {
            return Err(invalid(format!(
                "entry {} has an invalid header name",
                index + 1
            )));
        }
        let value = percent_decode(value.trim())
            .filter(|v| !v.bytes().any(|b| b.is_ascii_control()))
            .ok_or_else(|| invalid(format!("entry {} has an invalid value", index + 1)))?;
        headers.push((key.to_ascii_lowercase(), value));
    }
    Ok(headers)
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn nanos(ms: f64) -> String {
    // Unix nanoseconds as a decimal string (OTLP JSON encodes fixed64 as strings).
    format!("{}", (ms.max(0.0) * 1_000_000.0).round() as u64)
}

fn any_value(value: &Attribute) -> Value {
    match value {
        Attribute::Str(s) => json!({"stringValue": s}),
        Attribute::Int(i) => json!({"intValue": i.to_string()}),
        Attribute::Bool(b) => json!({"boolValue": b}),
        Attribute::Float(f) if f.is_finite() => json!({"doubleValue": f}),
        Attribute::Float(f) => json!({"stringValue": f.to_string()}),
    }
}

/// The body of one `POST {endpoint}/v1/traces`.
pub fn export_body(service: &str, version: &str, trace_id: &str, spans: &[Span]) -> Value {
    let spans: Vec<Value> = spans
        .iter()
        .map(|span| {
            let mut out = json!({
                "traceId": trace_id,
                "spanId": span.span_id,
                "name": span.name,
                "kind": span.kind as u8,
                "startTimeUnixNano": nanos(span.start_ms),
                "endTimeUnixNano": nanos(span.end_ms.max(span.start_ms)),
                "attributes": span.attributes.iter().map(|(key, value)| {
                    json!({"key": key, "value": any_value(value)})
                }).collect::<Vec<_>>(),
                "status": match &span.error {
                    // STATUS_CODE_ERROR = 2, STATUS_CODE_OK = 1.
                    Some(message) => json!({"code": 2, "message": message}),
                    None => json!({"code": 1}),
                },
            });
            if let Some(parent) = &span.parent_span_id {
                out["parentSpanId"] = json!(parent);
            }
            out
        })
        .collect();
    json!({
        "resourceSpans": [{
            "resource": {"attributes": [
                {"key": "service.name", "value": {"stringValue": service}},
                {"key": "service.version", "value": {"stringValue": version}},
            ]},
            "scopeSpans": [{
                "scope": {"name": service, "version": version},
                "spans": spans,
            }],
        }]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_follow_the_opentelemetry_variables() {
        assert_eq!(OtlpTarget::from_settings(None, None, Some("a=b")), Ok(None));
        let target = OtlpTarget::from_settings(Some("http://127.0.0.1:4318/"), None, None)
            .unwrap()
            .unwrap();
        assert_eq!(target.url, "http://127.0.0.1:4318/v1/traces");
        let target = OtlpTarget::from_settings(
            Some("http://ignored"),
            Some("https://collector.example/custom"),
            Some("Authorization=Bearer%20abc%3D, x-tenant = acme ,"),
        )
        .unwrap()
        .unwrap();
        assert_eq!(target.url, "https://collector.example/custom");
        assert_eq!(
            target.headers,
            vec![
                ("authorization".into(), "Bearer abc=".into()),
                ("x-tenant".into(), "acme".into())
            ]
        );
    }

    #[test]
    fn bad_settings_name_the_variable_and_never_the_value() {
        for (endpoint, headers) in [
            ("ftp://x", None),
            ("http://x", Some("novalue")),
            ("http://x", Some("bad name=supersecret")),
            ("http://x", Some("k=supersecret%zz")),
            ("http://x", Some("k=line%0Abreak")),
        ] {
            let error = OtlpTarget::from_settings(Some(endpoint), None, headers).unwrap_err();
            let text = error.to_string();
            assert!(text.contains("OTEL_EXPORTER_OTLP_"), "{text}");
            assert!(!text.contains("supersecret"), "{text}");
        }
    }

    #[test]
    fn export_body_is_otlp_json() {
        let mut root = Span::new(
            "request",
            SpanKind::Server,
            "00f067aa0ba902b7".into(),
            None,
            1.5,
        );
        root.end_ms = 10.0;
        root.set("http.status_code", 200u16);
        let mut llm = Span::new(
            "llm.call",
            SpanKind::Client,
            "1111111111111111".into(),
            Some(root.span_id.clone()),
            2.0,
        );
        llm.end_ms = 1.0; // a clock that went backwards still ends at or after the start
        llm.set("llm.model", "gpt-4o");
        llm.set("passed", false);
        llm.set("ratio", 0.5);
        llm.error = Some("status 500".into());
        let body = export_body("llm-codegen", "0.1.0", &"ab".repeat(16), &[root, llm]);
        let spans = &body["resourceSpans"][0]["scopeSpans"][0]["spans"];
        assert_eq!(spans[0]["traceId"], "ab".repeat(16));
        assert_eq!(spans[0]["kind"], 2);
        assert_eq!(spans[0]["startTimeUnixNano"], "1500000");
        assert!(spans[0].get("parentSpanId").is_none());
        assert_eq!(spans[0]["attributes"][0]["value"]["intValue"], "200");
        assert_eq!(spans[0]["status"]["code"], 1);
        assert_eq!(spans[1]["parentSpanId"], "00f067aa0ba902b7");
        assert_eq!(spans[1]["endTimeUnixNano"], "2000000");
        assert_eq!(spans[1]["attributes"][0]["value"]["stringValue"], "gpt-4o");
        assert_eq!(spans[1]["attributes"][1]["value"]["boolValue"], false);
        assert_eq!(spans[1]["attributes"][2]["value"]["doubleValue"], 0.5);
        assert_eq!(
            spans[1]["status"],
            json!({"code": 2, "message": "status 500"})
        );
        assert_eq!(
            body["resourceSpans"][0]["resource"]["attributes"][0]["value"]["stringValue"],
            "llm-codegen"
        );
    }
}
