//! The per-user rate limit (sliding window over the last minute) and daily quota (UTC
//! days) — not the engine's input limits nor the prompt's length bounds. The state lives
//! in the user's Durable Object, which runs [`LimiterCommand`]s through [`apply`]
//! atomically; the LLM call happens outside it, and a 5xx gives the quota unit back with
//! a [`LimiterCommand::Refund`].

use serde::{Deserialize, Serialize};

const MINUTE_MS: i64 = 60_000;
const DAY_MS: i64 = 86_400_000;

/// What a user has spent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserLimits {
    /// Times (Unix ms) of the requests admitted in the last minute.
    pub recent: Vec<i64>,
    /// The UTC day (days since the epoch) `used_today` counts.
    pub day: i64,
    pub used_today: u32,
    /// Whose limits these are, so that an operator (or the load test) reading the
    /// object's storage can tell. Not used by the arithmetic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}

impl UserLimits {
    /// The state as stored by the object. A row that no longer parses (a format from an
    /// older version, a damaged write) starts over from nothing rather than failing every
    /// request of that user for good: the limits forget at most a minute and a day.
    pub fn restore(stored: Option<&str>) -> UserLimits {
        stored
            .and_then(|text| serde_json::from_str(text).ok())
            .unwrap_or_default()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "decision", rename_all = "snake_case")]
pub enum Decision {
    Admitted {
        quota_remaining: u32,
        charged_day: i64,
    },
    RateLimited {
        retry_after_seconds: u64,
    },
    QuotaExceeded {
        retry_after_seconds: u64,
    },
}

impl Decision {
    /// The span attribute `ratelimit.decision`.
    pub fn label(&self) -> &'static str {
        match self {
            Decision::Admitted { .. } => "admitted",
            Decision::RateLimited { .. } => "rate_limited",
            Decision::QuotaExceeded { .. } => "quota_exceeded",
        }
    }

    /// The metrics label `reason` of a refusal: `rate_limit` or `quota`.
    pub fn refusal_reason(&self) -> Option<&'static str> {
        match self {
            Decision::Admitted { .. } => None,
            Decision::RateLimited { .. } => Some("rate_limit"),
            Decision::QuotaExceeded { .. } => Some("quota"),
        }
    }
}

/// What the worker asks of a user's limiter object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum LimiterCommand {
    Charge {
        user: String,
        per_minute: u32,
        per_day: u32,
    },
    Refund {
        charged_day: i64,
    },
}

/// The object's answer to a refund: the units left charged today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refunded {
    pub used_today: u32,
}

/// One command run against the stored state: the state to store back and the JSON reply.
/// The object calls this between its read and its write with no `await` in between.
pub fn apply(stored: Option<&str>, command: &LimiterCommand, now_ms: i64) -> (String, String) {
    let mut state = UserLimits::restore(stored);
    let reply = match command {
        LimiterCommand::Charge {
            user,
            per_minute,
            per_day,
        } => {
            state.user = Some(user.clone());
            serde_json::to_string(&check_and_charge(&mut state, now_ms, *per_minute, *per_day))
        }
        LimiterCommand::Refund { charged_day } => serde_json::to_string(&Refunded {
            used_today: refund(&mut state, *charged_day),
        }),
    };
    // Plain structs of numbers and strings: serialising them cannot fail.
    let state = serde_json::to_string(&state).unwrap_or_default();
    (state, reply.unwrap_or_default())
}

/// The UTC day (days since the epoch) of a Unix time in milliseconds.
pub fn utc_day(now_ms: i64) -> i64 {
    now_ms.div_euclid(DAY_MS)
}

/// Admits and charges one request, or says why not. Rate limit first: a burst is told
/// to slow down before it is told about the day.
pub fn check_and_charge(
    state: &mut UserLimits,
    now_ms: i64,
    per_minute: u32,
    per_day: u32,
) -> Decision {
    // Entries "from the future" (another isolate's clock a little ahead) still count.
    state.recent.retain(|&t| t > now_ms - MINUTE_MS);
    if state.recent.len() >= per_minute as usize {
        let oldest = state.recent.iter().min().copied().unwrap_or(now_ms);
        let wait_ms = (oldest + MINUTE_MS - now_ms).max(1);
        return Decision::RateLimited {
            retry_after_seconds: ceil_seconds(wait_ms),
        };
    }
    let today = utc_day(now_ms);
    if state.day != today {
        state.day = today;
        state.used_today = 0;
    }
    if state.used_today >= per_day {
        let wait_ms = (today + 1) * DAY_MS - now_ms;
        return Decision::QuotaExceeded {
            retry_after_seconds: ceil_seconds(wait_ms),
        };
    }
    state.recent.push(now_ms);
    state.used_today += 1;
    Decision::Admitted {
        quota_remaining: per_day - state.used_today,
        charged_day: today,
    }
}

/// Gives back the quota unit of a request that failed on the service's side. A charge
/// from an earlier day is not refunded into today.
pub fn refund(state: &mut UserLimits, charged_day: i64) -> u32 {
    if state.day == charged_day && state.used_today > 0 {
        state.used_today -= 1;
    }
    state.used_today
}

fn ceil_seconds(ms: i64) -> u64 {
    u64::try_from((ms + 999) / 1000).unwrap_or(1).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: i64 = 1_800_000_000_000;

    #[test]
    fn the_fourth_request_in_a_minute_waits() {
        let mut state = UserLimits::default();
        for i in 0..3 {
            assert!(matches!(
                check_and_charge(&mut state, T0 + i * 1000, 3, 100),
                Decision::Admitted { .. }
            ));
        }
        assert_eq!(
            check_and_charge(&mut state, T0 + 10_000, 3, 100),
            Decision::RateLimited {
                retry_after_seconds: 50
            }
        );
        // A refused request is not charged: the window slides on the admitted ones.
        assert!(matches!(
            check_and_charge(&mut state, T0 + 60_001, 3, 100),
            Decision::Admitted { .. }
        ));
        assert_eq!(state.used_today, 4);
    }

    #[test]
    fn concurrent_bursts_admit_exactly_the_limit() {
        let mut state = UserLimits::default();
        let admitted = (0..20)
            .filter(|_| {
                matches!(
                    check_and_charge(&mut state, T0, 3, 100),
                    Decision::Admitted { .. }
                )
            })
            .count();
        assert_eq!(admitted, 3);
    }

    #[test]
    fn quota_counts_down_and_renews_at_utc_midnight() {
        let mut state = UserLimits::default();
        let midnight = (T0 / DAY_MS + 1) * DAY_MS;
        assert_eq!(
            check_and_charge(&mut state, midnight - 5000, 10, 2),
            Decision::Admitted {
                quota_remaining: 1,
                charged_day: midnight / DAY_MS - 1
            }
        );
        assert!(matches!(
            check_and_charge(&mut state, midnight - 4000, 10, 2),
            Decision::Admitted {
                quota_remaining: 0,
                ..
            }
        ));
        assert_eq!(
            check_and_charge(&mut state, midnight - 3000, 10, 2),
            Decision::QuotaExceeded {
                retry_after_seconds: 3
            }
        );
        assert!(matches!(
            check_and_charge(&mut state, midnight + 1, 10, 2),
            Decision::Admitted {
                quota_remaining: 1,
                ..
            }
        ));
    }

    #[test]
    fn refunds_give_back_todays_unit_only() {
        let mut state = UserLimits::default();
        let Decision::Admitted { charged_day, .. } = check_and_charge(&mut state, T0, 3, 100)
        else {
            panic!("admitted")
        };
        assert_eq!(refund(&mut state, charged_day), 0);
        assert_eq!(refund(&mut state, charged_day), 0, "never below zero");
        check_and_charge(&mut state, T0 + DAY_MS, 3, 100);
        assert_eq!(
            refund(&mut state, charged_day),
            1,
            "yesterday's charge is not refunded today"
        );
    }

    #[test]
    fn clock_skew_backwards_does_not_admit_more() {
        let mut state = UserLimits::default();
        for _ in 0..3 {
            check_and_charge(&mut state, T0, 3, 100);
        }
        assert!(matches!(
            check_and_charge(&mut state, T0 - 1, 3, 100),
            Decision::RateLimited { .. }
        ));
    }

    #[test]
    fn the_object_applies_commands_to_its_stored_row() {
        let charge = LimiterCommand::Charge {
            user: "u1".into(),
            per_minute: 3,
            per_day: 2,
        };
        let (stored, reply) = apply(None, &charge, T0);
        let decision: Decision = serde_json::from_str(&reply).unwrap();
        assert_eq!(decision.label(), "admitted");
        let Decision::Admitted { charged_day, .. } = decision else {
            panic!("admitted")
        };
        let (stored, reply) = apply(Some(&stored), &charge, T0 + 1);
        assert!(reply.contains("\"quota_remaining\":0"), "{reply}");
        let (stored, reply) = apply(Some(&stored), &charge, T0 + 2);
        let refused: Decision = serde_json::from_str(&reply).unwrap();
        assert_eq!(
            (refused.label(), refused.refusal_reason()),
            ("quota_exceeded", Some("quota"))
        );
        let (stored, reply) = apply(
            Some(&stored),
            &LimiterCommand::Refund { charged_day },
            T0 + 3,
        );
        assert_eq!(
            serde_json::from_str::<Refunded>(&reply).unwrap(),
            Refunded { used_today: 1 }
        );
        let state = UserLimits::restore(Some(&stored));
        assert_eq!(state.user.as_deref(), Some("u1"));
        assert_eq!(state.recent.len(), 2, "the refused request was not charged");
    }

    #[test]
    fn an_unreadable_limiter_row_resets() {
        for stored in ["", "not json", "{\"recent\": \"x\"}", "[1, 2]"] {
            assert_eq!(
                UserLimits::restore(Some(stored)),
                UserLimits::default(),
                "{stored}"
            );
        }
        let charge = LimiterCommand::Charge {
            user: "u2".into(),
            per_minute: 3,
            per_day: 100,
        };
        let (stored, reply) = apply(Some("{\"garbage"), &charge, T0);
        assert!(reply.contains("\"quota_remaining\":99"), "{reply}");
        assert_eq!(UserLimits::restore(Some(&stored)).used_today, 1);
    }

    #[test]
    fn decisions_name_themselves() {
        let limited = Decision::RateLimited {
            retry_after_seconds: 5,
        };
        assert_eq!(
            (limited.label(), limited.refusal_reason()),
            ("rate_limited", Some("rate_limit"))
        );
        let admitted = Decision::Admitted {
            quota_remaining: 1,
            charged_day: 1,
        };
        assert_eq!(
            (admitted.label(), admitted.refusal_reason()),
            ("admitted", None)
        );
    }
}
