//! The decisions of `POST /llm-codegen/generate`, in plain Rust so they test natively:
//! configuration, authentication, rate limit and quota arithmetic, request parsing, LLM
//! request and response shaping, trace context and the error contract. The worker
//! (`worker/`) only moves bytes between these functions and the platform.
#![forbid(unsafe_code)]

pub mod auth;
pub mod config;
pub mod errors;
pub mod facts;
pub mod limits;
pub mod llm;
pub mod log;
pub mod metrics;
pub mod request;
pub mod spans;
pub mod trace;

pub use errors::ApiError;
