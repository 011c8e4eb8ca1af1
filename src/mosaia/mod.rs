//! Mosaia client (see `openapi/mosaia.yaml`). The facade beside the generated client is being
//! built; configuration is minimal for now.

crate::generated_service!("mosaia");

use crate::config::{ClientBuilder, Service};
use crate::transport::ServiceProfile;
use crate::Result;

/// Marker type of the Mosaia service for [`ClientBuilder`].
#[derive(Debug)]
pub enum Mosaia {}

impl Service for Mosaia {
    const NAME: &'static str = "mosaia";
    const DEFAULT_BASE_URL: &'static str = "https://api.mosaia.ai/v1";
    type Options = ();
}

static PROFILE: ServiceProfile = ServiceProfile {
    name: "mosaia",
    idempotency_headers: &["Idempotency-Key"],
    declared_status: generated::declared_status,
    check_success_body: None,
};

impl Client {
    /// A builder for a client.
    pub fn builder() -> ClientBuilder<Mosaia> {
        ClientBuilder::default()
    }
}

impl ClientBuilder<Mosaia> {
    /// Builds the client.
    pub fn build(self) -> Result<Client> {
        let (base_url, transport, ()) = self.into_transport(&PROFILE)?;
        Ok(Client::new_with_client(&base_url, transport.http().clone(), transport))
    }
}
