//! The Autonomi walk on its own: status, a tenant and a project, a run and its events, API-key
//! rotation, audit, then clean-up.
//!
//! ```sh
//! cargo run --example autonomi                                              # embedded mock
//! AUTONOMI_BASE_URL=http://127.0.0.1:57374 cargo run --example autonomi     # a real server
//! AUTONOMI_BASE_URL=... AUTONOMI_TOKEN=loki_... cargo run --example autonomi  # auth on (admin key)
//! ```

#[path = "quickstart/autonomi.rs"]
mod walk;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    walk::walk().await
}
