//! Outbound calls with a deadline: the work races a `Delay`, and on timeout the
//! `AbortController` cancels the fetch so nothing keeps running for nobody.

use std::future::Future;
use std::time::Duration;

use futures_util::future::{select, Either};
use worker::{AbortController, AbortSignal, Delay, Headers, Method, Request, RequestInit};

/// A `POST` of a JSON body with these extra headers (`content-type` is set here).
pub fn json_post(url: &str, headers: &[(&str, &str)], body: String) -> worker::Result<Request> {
    let all = Headers::new();
    all.set("content-type", "application/json")?;
    for (name, value) in headers {
        all.set(name, value)?;
    }
    let mut init = RequestInit::new();
    init.with_method(Method::Post)
        .with_headers(all)
        .with_body(Some(body.into()));
    Request::new_with_init(url, &init)
}

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
