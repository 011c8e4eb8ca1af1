//! The Clink walk on its own: `cargo run --example clink`.
//!
//! Runs against an embedded mock of Clink; set `CLINK_API_URL` and `CLINK_API_KEY` (and
//! optionally `CLINK_SESSION_ID`) to run it against a real server.

#[path = "quickstart/clink.rs"]
mod walk;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    walk::walk().await
}
