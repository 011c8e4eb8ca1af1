//! The agent-apis quickstart: a walk through every service, with no server and no key.
//!
//! Each walk starts an embedded mock of its service in-process (this crate's own `mock`
//! feature: the httpmock helpers generated from the specs) and makes real calls against it
//! through the SDK. Set a service's base-URL variable (`AUTONOMI_BASE_URL`, ...) to run its walk
//! against a real server instead.
//!
//! ```sh
//! cargo run --example quickstart
//! ```

// SERVICE WALKS: one module per service, each with `pub async fn walk() -> Result<(), Box<dyn std::error::Error>>`.
mod ailink;
mod autonomi;
mod clink;
mod mosaia;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    autonomi::walk().await?;
    clink::walk().await?;
    ailink::walk().await?;
    mosaia::walk().await?;
    println!("\nquickstart finished: every walk succeeded");
    Ok(())
}
