//! The JWKS of `JWT_JWKS_URL`, cached per isolate: refetched after ten minutes, or at once
//! for a token naming an unknown `kid` — but at most every 30 seconds, so a flood of
//! made-up key ids cannot turn into a flood of fetches. A failed fetch keeps the last good
//! set and waits for the cool-down too; with no good set yet, every token tries again.

use std::rc::Rc;

use crate::auth::Jwks;

pub const MAX_AGE_MS: f64 = 10.0 * 60.0 * 1000.0;
pub const REFETCH_COOLDOWN_MS: f64 = 30.0 * 1000.0;

#[derive(Debug, Default)]
pub struct JwksCache {
    keys: Option<Rc<Jwks>>,
    /// When the last fetch was tried (successful or not).
    tried_at: Option<f64>,
}

/// What to do for a token naming `kid`.
#[derive(Debug)]
pub enum JwksPlan {
    /// Verify with these keys (or with none).
    Use(Option<Rc<Jwks>>),
    /// Fetch the document first, then [`JwksCache::store`] it.
    Fetch,
}

impl JwksCache {
    pub fn plan(&self, now_ms: f64, kid: Option<&str>) -> JwksPlan {
        let Some(tried_at) = self.tried_at else {
            return JwksPlan::Fetch;
        };
        let age = now_ms - tried_at;
        let knows_kid = self.keys.as_ref().is_some_and(|keys| keys.has_key(kid));
        // With no keys at all there is nothing to serve: try again at once.
        let cooling_down = age < REFETCH_COOLDOWN_MS && self.keys.is_some();
        if (age < MAX_AGE_MS && knows_kid) || cooling_down {
            JwksPlan::Use(self.keys.clone())
        } else {
            JwksPlan::Fetch
        }
    }

    /// Records a fetch tried at `now_ms`: a new set replaces the old one; a failure keeps
    /// the last good set. The keys to verify with now.
    pub fn store(&mut self, now_ms: f64, fetched: Option<Jwks>) -> Option<Rc<Jwks>> {
        self.tried_at = Some(now_ms);
        if let Some(keys) = fetched {
            self.keys = Some(Rc::new(keys));
        }
        self.keys.clone()
    }
}
