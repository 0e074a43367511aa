//! W3C trace context: read an incoming `traceparent`, or start a trace.

/// A trace id (32 lowercase hex) and this service's span id (16 lowercase hex).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraceContext {
    pub trace_id: String,
    pub parent_span_id: Option<String>,
    pub span_id: String,
    pub sampled: bool,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn is_hex(text: &str, len: usize) -> bool {
    text.len() == len
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

impl TraceContext {
    /// Continues the caller's trace when `traceparent` is valid, else starts one. The
    /// random bytes come from the platform (`crypto.getRandomValues`).
    pub fn from_header(traceparent: Option<&str>, random: [u8; 24]) -> TraceContext {
        let span_id = hex(&random[16..24]);
        if let Some((trace_id, parent, flags)) = traceparent.and_then(parse) {
            return TraceContext {
                trace_id,
                parent_span_id: Some(parent),
                span_id,
                sampled: flags & 1 == 1,
            };
        }
        let mut trace = random[..16].to_vec();
        if trace.iter().all(|&b| b == 0) {
            trace[15] = 1;
        }
        TraceContext {
            trace_id: hex(&trace),
            parent_span_id: None,
            span_id,
            sampled: true,
        }
    }

    /// The `traceparent` to send on (to the LLM, back to the client).
    pub fn traceparent(&self) -> String {
        self.traceparent_for(&self.span_id)
    }

    /// The `traceparent` naming one of this trace's spans as the parent (an LLM call's
    /// span, so that the provider's spans hang under it).
    pub fn traceparent_for(&self, span_id: &str) -> String {
        format!(
            "00-{}-{}-{:02x}",
            self.trace_id,
            span_id,
            u8::from(self.sampled)
        )
    }
}

/// A span id (16 lowercase hex, never all zeros) from 8 random bytes.
pub fn span_id(mut random: [u8; 8]) -> String {
    if random.iter().all(|&b| b == 0) {
        random[7] = 1;
    }
    hex(&random)
}

fn parse(header: &str) -> Option<(String, String, u8)> {
    let mut parts = header.trim().split('-');
    let (version, trace_id, parent, flags) =
        (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    // Version 00 has exactly four fields; later versions may add more.
    if !is_hex(version, 2) || version == "ff" || (version == "00" && parts.next().is_some()) {
        return None;
    }
    if !is_hex(trace_id, 32) || trace_id.bytes().all(|b| b == b'0') {
        return None;
    }
    if !is_hex(parent, 16) || parent.bytes().all(|b| b == b'0') || !is_hex(flags, 2) {
        return None;
    }
    Some((
        trace_id.to_string(),
        parent.to_string(),
        u8::from_str_radix(flags, 16).ok()?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const RANDOM: [u8; 24] = [7; 24];

    #[test]
    fn honours_a_valid_traceparent() {
        let ctx = TraceContext::from_header(
            Some("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
            RANDOM,
        );
        assert_eq!(ctx.trace_id, "4bf92f3577b34da6a3ce929d0e0e4736");
        assert_eq!(ctx.parent_span_id.as_deref(), Some("00f067aa0ba902b7"));
        assert_eq!(
            ctx.traceparent(),
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0707070707070707-01"
        );
    }

    #[test]
    fn starts_a_trace_on_missing_or_invalid_headers() {
        for bad in [
            None,
            Some("garbage"),
            Some("00-00000000000000000000000000000000-00f067aa0ba902b7-01"),
            Some("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"),
            Some("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01"),
            Some("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
            Some("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra"),
        ] {
            let ctx = TraceContext::from_header(bad, RANDOM);
            assert_eq!(ctx.trace_id, "07".repeat(16), "{bad:?}");
            assert!(ctx.parent_span_id.is_none());
        }
    }

    #[test]
    fn span_ids_are_hex_and_never_zero() {
        assert_eq!(span_id([0; 8]), "0000000000000001");
        assert_eq!(span_id([0xab; 8]), "abababababababab");
        let ctx = TraceContext::from_header(None, RANDOM);
        assert_eq!(
            ctx.traceparent_for("abababababababab"),
            format!("00-{}-abababababababab-01", ctx.trace_id)
        );
    }
}
