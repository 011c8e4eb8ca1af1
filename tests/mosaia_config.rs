//! Mosaia configuration from the environment (`MOSAIA_*`). The only test of this binary, so
//! that no other test sees the variables it sets.

use agent_apis::mosaia::Client;
use httpmock::{Method, MockServer};
use serde_json::json;

#[tokio::test]
async fn from_env_reads_every_documented_variable() {
    let server = MockServer::start_async().await;
    let vars = [
        ("MOSAIA_API_KEY", "mk-env-key-123456"),
        ("MOSAIA_BASE_URL", server.base_url().leak() as &str),
        ("MOSAIA_VERSION", "3"),
        ("MOSAIA_FRONTEND_URL", "https://login.example.com"),
        ("MOSAIA_CLIENT_ID", "client-env"),
        ("MOSAIA_CLIENT_SECRET", "cs-env-secret-abcdef"),
        ("MOSAIA_USER", "user-env"),
        ("MOSAIA_ORG", "org-env"),
    ];
    for (name, value) in vars {
        std::env::set_var(name, value);
    }
    let mock = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/v3/user/user-env/tool/t-1")
            .header("authorization", "Bearer mk-env-key-123456");
        then.status(200)
            .json_body(json!({"data": {"id": "t-1", "name": "env_tool"}}));
    });

    let client = Client::from_env().expect("client");
    let config = client.config();
    assert_eq!(
        (config.version(), config.frontend_url()),
        ("3", "https://login.example.com")
    );
    assert_eq!(
        (config.client_id(), config.user(), config.org()),
        (Some("client-env"), Some("user-env"), Some("org-env"))
    );
    assert!(config.has_api_key() && config.has_client_secret());
    let shown = format!("{config:?}");
    assert!(
        !shown.contains("mk-env-key") && !shown.contains("cs-env-secret"),
        "{shown}"
    );

    let tool = client.tools().get_by_id("t-1").send().await.expect("tool");
    mock.assert_async().await;
    assert_eq!(tool.name.as_deref(), Some("env_tool"));

    // Empty values count as unset.
    std::env::set_var("MOSAIA_VERSION", "");
    std::env::set_var("MOSAIA_FRONTEND_URL", " ");
    let defaults = Client::from_env().expect("client");
    assert_eq!(
        (
            defaults.config().version(),
            defaults.config().frontend_url()
        ),
        ("1", "https://mosaia.ai")
    );
    for (name, _) in vars {
        std::env::remove_var(name);
    }
}
