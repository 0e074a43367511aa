//! Per-user rate limit (sliding window over the last minute) and daily quota (UTC
//! days). The state lives in the user's Durable Object, which runs
//! [`check_and_charge`] atomically; the LLM call happens outside it, and a 5xx gives the
//! quota unit back with [`refund`].

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
    let today = now_ms.div_euclid(DAY_MS);
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
}
