//! Clink client (see `openapi/clink.yaml`). The facade beside the generated client is being
//! built; configuration is minimal for now.

crate::generated_service!("clink");

use crate::config::{ClientBuilder, Service};
use crate::transport::ServiceProfile;
use crate::Result;

/// Marker type of the Clink service for [`ClientBuilder`].
#[derive(Debug)]
pub enum Clink {}

impl Service for Clink {
    const NAME: &'static str = "clink";
    const DEFAULT_BASE_URL: &'static str = "https://api.clink.voxos.ai";
    type Options = ();
}

static PROFILE: ServiceProfile = ServiceProfile {
    name: "clink",
    idempotency_headers: &["Idempotency-Key"],
    declared_status: generated::declared_status,
    check_success_body: None,
};

impl Client {
    /// A builder for a client.
    pub fn builder() -> ClientBuilder<Clink> {
        ClientBuilder::default()
    }
}

impl ClientBuilder<Clink> {
    /// Builds the client.
    pub fn build(self) -> Result<Client> {
        let (base_url, transport, ()) = self.into_transport(&PROFILE)?;
        Ok(Client::new_with_client(&base_url, transport.http().clone(), transport))
    }
}
