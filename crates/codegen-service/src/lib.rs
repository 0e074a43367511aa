//! The `POST /llm-codegen/generate` service as plain Rust, so that it tests natively: the
//! orchestration ([`generate`]: auth, body, prompt, limiter, LLM with retry and fallback,
//! validation with a repair round, refunds) over a small [`platform::Platform`] trait, and
//! the pieces it decides with — configuration, authentication and the JWKS cache, the
//! rate limit and quota arithmetic, request and LLM shaping, the capped body reader, trace
//! context, spans, the log line, metrics and the error contract. The worker (`worker/`)
//! implements the platform over workers-rs and routes requests here.
#![forbid(unsafe_code)]

pub mod auth;
pub mod body;
pub mod config;
pub mod errors;
pub mod facts;
pub mod generate;
pub mod jwks_cache;
pub mod llm;
pub mod log;
pub mod metrics;
pub mod platform;
pub mod rate_limit;
pub mod request;
pub mod response;
pub mod spans;
pub mod trace;

#[cfg(test)]
mod testing;

pub use errors::ApiError;
