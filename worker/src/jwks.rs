//! The JWKS of `JWT_JWKS_URL`, cached per isolate: refetched after ten minutes, or at
//! once for a token naming an unknown `kid` — but at most every 30 seconds, so a flood of
//! made-up key ids cannot turn into a flood of fetches.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use codegen_service::auth::Jwks;
use worker::{Fetch, Url};

const MAX_AGE_MS: f64 = 10.0 * 60.0 * 1000.0;
const REFETCH_COOLDOWN_MS: f64 = 30.0 * 1000.0;
const FETCH_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Default)]
struct Cache {
    keys: Option<Rc<Jwks>>,
    fetched_at: f64,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

/// The key set to verify a token naming `kid` with; `None` when it cannot be had.
pub async fn keys(url: &str, kid: Option<&str>) -> Option<Rc<Jwks>> {
    let now = js_sys::Date::now();
    // Copy what is needed out of the cache: no borrow may live across an await.
    let (cached, fetched_at) = CACHE.with(|cache| {
        let cache = cache.borrow();
        (cache.keys.clone(), cache.fetched_at)
    });
    let fresh = now - fetched_at < MAX_AGE_MS;
    let knows_kid = cached.as_ref().is_some_and(|keys| keys.has_key(kid));
    let cooling_down = now - fetched_at < REFETCH_COOLDOWN_MS;
    if (fresh && knows_kid) || (cached.is_some() && cooling_down) {
        return cached;
    }
    match fetch(url).await {
        Some(keys) => {
            let keys = Rc::new(keys);
            CACHE.with(|cache| {
                *cache.borrow_mut() = Cache {
                    keys: Some(keys.clone()),
                    fetched_at: now,
                };
            });
            Some(keys)
        }
        None => {
            // Keep serving the last good set; try again after the cool-down.
            CACHE.with(|cache| cache.borrow_mut().fetched_at = now);
            cached
        }
    }
}

async fn fetch(url: &str) -> Option<Jwks> {
    let url = Url::parse(url).ok()?;
    let text = crate::net::with_timeout(FETCH_TIMEOUT, |signal| async move {
        let mut response = Fetch::Url(url).send_with_signal(&signal).await.ok()?;
        if response.status_code() != 200 {
            return None;
        }
        let text = response.text().await.ok()?;
        (text.len() <= 256 * 1024).then_some(text)
    })
    .await??;
    Jwks::parse(&text).ok()
}
