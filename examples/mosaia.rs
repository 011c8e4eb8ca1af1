//! The Mosaia walk of the quickstart on its own: `cargo run --example mosaia`.
//!
//! Against an embedded mock by default; set `MOSAIA_BASE_URL`, `MOSAIA_CLIENT_ID` and
//! `MOSAIA_CLIENT_SECRET` to walk a real Mosaia API (the agent it creates is deleted again).

#[path = "quickstart/mosaia.rs"]
mod walk;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    walk::walk().await
}
