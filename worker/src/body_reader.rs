//! Bodies read chunk by chunk from the Streams API, for `codegen_service::body::read_capped`
//! (the request, the LLM's answer, the JWKS document, the limiter's reply).
//!
//! Why not workers-rs's `ByteStream`: dropping it releases the reader's lock, and releasing
//! a lock makes and rejects a promise with a `TypeError` (the Streams standard), which
//! under workerd was the largest single cost of a small request after the log line
//! (profiled in `make bench`'s gateway run). A reader that reached the end has nothing to
//! release: the stream is spent. A reader dropped before the end (a body past its cap)
//! cancels the stream, so the sender's upload stops.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use js_sys::futures::JsFuture;
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ReadableStream, ReadableStreamDefaultReader};

pub struct BodyReader {
    reader: ReadableStreamDefaultReader,
    pending: Option<JsFuture>,
    finished: bool,
}

impl BodyReader {
    /// Locks `stream` to a new reader (fails when it is already locked or used).
    pub fn new(stream: &ReadableStream) -> Result<BodyReader, JsValue> {
        let reader = stream
            .get_reader()
            .dyn_into::<ReadableStreamDefaultReader>()?;
        Ok(BodyReader {
            reader,
            pending: None,
            finished: false,
        })
    }

    /// One `read()` result: a chunk, or `None` at the end.
    fn chunk(result: &JsValue) -> Result<Option<Vec<u8>>, JsValue> {
        if Reflect::get(result, &JsValue::from_str("done"))?.is_truthy() {
            return Ok(None);
        }
        let value = Reflect::get(result, &JsValue::from_str("value"))?;
        let bytes = value
            .dyn_into::<Uint8Array>()
            .map_err(|_| JsValue::from_str("a body chunk is not bytes"))?;
        Ok(Some(bytes.to_vec()))
    }
}

impl Stream for BodyReader {
    type Item = Result<Vec<u8>, JsValue>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.finished {
            return Poll::Ready(None);
        }
        let read = this
            .pending
            .get_or_insert_with(|| JsFuture::from(this.reader.read()));
        let result = match Pin::new(read).poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(result) => result,
        };
        this.pending = None;
        match result.and_then(|result| BodyReader::chunk(&result)) {
            Ok(Some(chunk)) => Poll::Ready(Some(Ok(chunk))),
            Ok(None) => {
                this.finished = true;
                Poll::Ready(None)
            }
            Err(error) => {
                this.finished = true;
                Poll::Ready(Some(Err(error)))
            }
        }
    }
}

impl Drop for BodyReader {
    fn drop(&mut self) {
        if !self.finished {
            // Stops the sender; the returned promise has nothing to tell anyone.
            let _ = self.reader.cancel();
        }
    }
}
