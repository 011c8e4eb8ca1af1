//! A base URL that would send credentials or reach the wrong endpoint is refused when the
//! client is built, and its secrets never reach a `Debug` or an error text: a user name and
//! password (`user:password@`, which reqwest would send as Basic credentials to every
//! operation), a query or a fragment (after which every operation's path would be part of the
//! query or fragment, and every call would reach the base URL's own endpoint).

use agent_apis::ErrorKind;

const PASSWORD: &str = "pw-hunter2-XYZ";

#[test]
fn a_base_url_with_a_password_is_refused_and_never_shown() {
    let url = format!("http://alice:{PASSWORD}@127.0.0.1:1");
    let builder = agent_apis::ailink::AdminClient::builder()
        .base_url(url.as_str())
        .admin_key("admin-key-123456");
    let debug = format!("{builder:?}");
    assert!(!debug.contains(PASSWORD), "{debug}");
    assert!(debug.contains("[REDACTED]@127.0.0.1:1"), "{debug}");
    let err = builder.build().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Configuration);
    assert!(!err.to_string().contains(PASSWORD), "{err}");
    assert!(!format!("{err:?}").contains(PASSWORD), "{err:?}");

    // Nor when the URL does not even parse.
    let err = agent_apis::autonomi::Client::builder()
        .base_url(format!("http://alice:{PASSWORD}@127.0.0.1:99999"))
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Configuration);
    assert!(!err.to_string().contains(PASSWORD), "{err}");
}

#[test]
fn a_base_url_with_a_query_or_fragment_is_refused() {
    for url in [
        "http://127.0.0.1:1/gateway#x",
        "http://127.0.0.1:1/gw?tenant=1",
        "http://127.0.0.1:1/?a=b",
    ] {
        let err = agent_apis::ailink::AdminClient::builder()
            .base_url(url)
            .admin_key("admin-key-123456")
            .build()
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Configuration, "{url}");
        let err = agent_apis::clink::Client::builder()
            .base_url(url)
            .api_key("clink-key-123456")
            .build()
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Configuration, "{url}");
    }
    // A plain path prefix stays accepted.
    assert!(agent_apis::autonomi::Client::builder()
        .base_url("http://127.0.0.1:1/prefix/")
        .build()
        .is_ok());
}

/// A base URL's path prefix (with or without a trailing `/`) comes before every operation's
/// path: the URL each operation builds from the parsed base is the one the whole text would
/// parse to. (`hardening_path_params` sends hostile path parameters through every operation.)
#[tokio::test]
async fn operations_keep_the_base_urls_path_prefix() {
    const GROUP: &str = "7d6f0b1e-3c2a-4e5f-8a9b-0c1d2e3f4a5b";
    let server = httpmock::MockServer::start_async().await;
    let group = server.mock(|when, then| {
        when.method(httpmock::Method::GET)
            .path(format!("/gateway/v2/groups/{GROUP}"));
        then.status(200).json_body(serde_json::json!({
            "success": true,
            "data": {
                "group_id": GROUP, "name": "ops", "slug": "ops", "description": "Ops",
                "owner_id": "u-1", "member_count": 1,
                "created_at": "2026-11-22T13:27:29Z", "updated_at": "2026-11-22T13:27:29Z"
            }
        }));
    });
    for base in ["/gateway/v2", "/gateway/v2/"] {
        let clink = agent_apis::clink::Client::builder()
            .base_url(server.url(base))
            .api_key("clink-key")
            .build()
            .unwrap();
        let found = clink.get_group().group_id(GROUP).send().await.unwrap();
        assert_eq!(found.name, "ops", "{base}");
    }
    group.assert_calls_async(2).await;
}
