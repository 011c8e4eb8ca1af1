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
