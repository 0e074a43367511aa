//! Outbound calls with a deadline: the work races a `Delay`, and on timeout the
//! `AbortController` cancels the fetch so nothing keeps running for nobody.

use std::future::Future;
use std::time::Duration;

use futures_util::future::{select, Either};
use worker::{AbortController, AbortSignal, Delay};

/// `work` gets the signal to hand to `fetch`; `None` when the deadline came first.
pub async fn with_timeout<T, F, Fut>(timeout: Duration, work: F) -> Option<T>
where
    F: FnOnce(AbortSignal) -> Fut,
    Fut: Future<Output = T>,
{
    let controller = AbortController::default();
    let work = Box::pin(work(controller.signal()));
    match select(work, Box::pin(Delay::from(timeout))).await {
        Either::Left((value, _)) => Some(value),
        Either::Right(((), _)) => {
            controller.abort();
            None
        }
    }
}
