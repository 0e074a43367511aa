//! The one way the service reads a body — the client's request, the LLM's answer, the
//! JWKS document: a declared `Content-Length` past the cap is refused before anything
//! is read, and the stream is read chunk by chunk and refused as soon as it passes the
//! cap, so a body without `Content-Length` is never held whole first.

use std::future::poll_fn;
use std::pin::Pin;

use futures_core::Stream;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BodyError {
    #[error("the body is larger than {limit} bytes")]
    TooLarge { limit: usize },
    #[error("the body could not be read")]
    Unreadable,
}

/// Refuses a declared `Content-Length` past `limit`; an absent or unparsable one is
/// left to the streaming read, which enforces the cap anyway.
pub fn check_declared_length(content_length: Option<&str>, limit: usize) -> Result<(), BodyError> {
    match content_length.and_then(|l| l.trim().parse::<u64>().ok()) {
        Some(length) if length > limit as u64 => Err(BodyError::TooLarge { limit }),
        _ => Ok(()),
    }
}

/// Reads `stream` to its end, at most `limit` bytes; `content_length` is the declared
/// length, checked first.
pub async fn read_capped<S, E>(
    content_length: Option<&str>,
    stream: &mut S,
    limit: usize,
) -> Result<Vec<u8>, BodyError>
where
    S: Stream<Item = Result<Vec<u8>, E>> + Unpin,
{
    check_declared_length(content_length, limit)?;
    let mut body = Vec::new();
    while let Some(chunk) = poll_fn(|cx| Pin::new(&mut *stream).poll_next(cx)).await {
        let chunk = chunk.map_err(|_| BodyError::Unreadable)?;
        if body.len() + chunk.len() > limit {
            return Err(BodyError::TooLarge { limit });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::block_on;
    use std::collections::VecDeque;
    use std::task::{Context, Poll};

    /// Chunks handed out one by one; counts how many were taken.
    struct Chunks {
        chunks: VecDeque<Result<Vec<u8>, ()>>,
        taken: usize,
    }

    impl Chunks {
        fn new(chunks: impl IntoIterator<Item = Result<Vec<u8>, ()>>) -> Chunks {
            Chunks {
                chunks: chunks.into_iter().collect(),
                taken: 0,
            }
        }
    }

    impl Stream for Chunks {
        type Item = Result<Vec<u8>, ()>;
        fn poll_next(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
            let next = self.chunks.pop_front();
            if next.is_some() {
                self.taken += 1;
            }
            Poll::Ready(next)
        }
    }

    #[test]
    fn reads_a_body_within_the_cap_whole() {
        let mut stream = Chunks::new([Ok(b"{\"prompt\"".to_vec()), Ok(b": 1}".to_vec())]);
        assert_eq!(
            block_on(read_capped(Some("13"), &mut stream, 13)),
            Ok(b"{\"prompt\": 1}".to_vec())
        );
    }

    #[test]
    fn stops_at_the_first_chunk_past_the_cap_without_content_length() {
        // A 90 MB body in 1 MB chunks: refused after the second chunk, never read whole.
        let mut stream = Chunks::new((0..90).map(|_| Ok(vec![b'x'; 1024 * 1024])));
        let limit = 1024 * 1024 + 10;
        assert_eq!(
            block_on(read_capped(None, &mut stream, limit)),
            Err(BodyError::TooLarge { limit })
        );
        assert_eq!(stream.taken, 2);
    }

    #[test]
    fn a_declared_length_past_the_cap_reads_nothing() {
        let mut stream = Chunks::new([Ok(vec![b'x'; 10])]);
        assert_eq!(
            block_on(read_capped(Some(" 11 "), &mut stream, 10)),
            Err(BodyError::TooLarge { limit: 10 })
        );
        assert_eq!(stream.taken, 0);
        // A lying Content-Length does not get past the cap either.
        let mut stream = Chunks::new([Ok(vec![b'x'; 8]), Ok(vec![b'x'; 8])]);
        assert_eq!(
            block_on(read_capped(Some("5"), &mut stream, 10)),
            Err(BodyError::TooLarge { limit: 10 })
        );
        // Unparsable lengths are left to the stream.
        assert!(check_declared_length(Some("lots"), 10).is_ok());
        assert!(check_declared_length(None, 10).is_ok());
    }

    #[test]
    fn a_broken_stream_is_unreadable() {
        let mut stream = Chunks::new([Ok(vec![b'x'; 3]), Err(())]);
        assert_eq!(
            block_on(read_capped(None, &mut stream, 100)),
            Err(BodyError::Unreadable)
        );
    }
}
