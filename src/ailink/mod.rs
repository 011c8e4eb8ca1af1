//! AIlink client (see `openapi/ailink.yaml`). The facade beside the generated client is being
//! built; configuration is minimal for now.

crate::generated_service!("ailink");

use crate::config::{ClientBuilder, Service};
use crate::transport::ServiceProfile;
use crate::Result;

/// Marker type of the AIlink service for [`ClientBuilder`].
#[derive(Debug)]
pub enum AIlink {}

impl Service for AIlink {
    const NAME: &'static str = "ailink";
    const DEFAULT_BASE_URL: &'static str = "http://localhost:8443";
    type Options = ();
}

static PROFILE: ServiceProfile = ServiceProfile {
    name: "ailink",
    idempotency_headers: &["Idempotency-Key"],
    declared_status: generated::declared_status,
    check_success_body: None,
};

impl Client {
    /// A builder for a client.
    pub fn builder() -> ClientBuilder<AIlink> {
        ClientBuilder::default()
    }
}

impl ClientBuilder<AIlink> {
    /// Builds the client.
    pub fn build(self) -> Result<Client> {
        let (base_url, transport, ()) = self.into_transport(&PROFILE)?;
        Ok(Client::new_with_client(&base_url, transport.http().clone(), transport))
    }
}
