//! The AIlink walk alone (see `examples/quickstart/ailink.rs`): against an embedded mock, or
//! against the gateway named by `AILINK_GATEWAY_URL` with `AILINK_ADMIN_KEY`.
//!
//! ```sh
//! cargo run --example ailink
//! ```

#[path = "quickstart/ailink.rs"]
mod walk;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    walk::walk().await
}
