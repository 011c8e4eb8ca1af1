//! Credentials never leave the origin they were configured for: a server answering with a
//! redirect to another origin (here: another loopback port) on every redirect code gets the
//! redirect refused with a typed error, and the other origin receives nothing — not the
//! bearer token, not `X-Admin-Key`, not `X-Clink-Session-Id`, not a default header. Redirects
//! within the origin are still followed.

mod hardening_support;

use agent_apis::{Error, ErrorKind};
use hardening_support::*;

const CODES: [u16; 5] = [301, 302, 303, 307, 308];

/// Every service's calls, each returning the error it ended with.
async fn call_every_service(url: &str) -> Vec<(&'static str, Error)> {
    let mut out = Vec::new();
    let r = autonomi(url, 0).get_run().run_id(1).send().await;
    out.push(("autonomi", r.unwrap_err()));
    let r = clink(url, 0)
        .get_group()
        .group_id("0b0e5b8e-0000-4000-8000-000000000001")
        .send()
        .await;
    out.push(("clink", r.unwrap_err()));
    let r = admin(url, 0).list_tokens().send().await;
    out.push(("ailink admin", r.unwrap_err()));
    let r = agent(url, 0)
        .proxy()
        .post("/v1/chat/completions")
        .json(&serde_json::json!({"model": "m"}))
        .send::<serde_json::Value>()
        .await;
    out.push(("ailink agent", r.unwrap_err()));
    let r = mosaia(url, 0).get_agent().id("a1").send().await;
    out.push(("mosaia", r.unwrap_err()));
    let r = agent_apis::autonomi::Client::builder()
        .base_url(url)
        .default_header("x-tenant-secret", "tenant-secret-value-1")
        .max_retries(0)
        .build()
        .unwrap()
        .get_status()
        .send()
        .await;
    out.push(("default header", r.unwrap_err()));
    out
}

#[tokio::test]
async fn no_credential_follows_a_redirect_to_another_origin() {
    for code in CODES {
        let elsewhere = RawServer::start(json(200, "{}")).await;
        let target = format!("{}/steal?x=1", elsewhere.url);
        let origin = RawServer::start(answer(code, &[("location", &target)], b"")).await;
        let errors = call_every_service(&origin.url).await;
        for (service, err) in &errors {
            assert_eq!(err.kind(), ErrorKind::Api, "{code} {service}: {err}");
            assert_eq!(err.status().map(|s| s.as_u16()), Some(code), "{service}");
            assert!(err.message().contains("another origin"), "{service}: {err}");
            // The error names the origin, never the target's path or query.
            assert!(!err.to_string().contains("steal"), "{service}: {err}");
        }
        assert_eq!(origin.requests().len(), errors.len(), "{code}");
        // Every service sent its credential to the configured origin...
        let sent = origin.requests();
        assert!(sent
            .iter()
            .any(|r| r.header("x-admin-key") == Some(AILINK_ADMIN_KEY)));
        assert!(sent
            .iter()
            .any(|r| r.header("x-clink-session-id") == Some(CLINK_SESSION)));
        // ...and nothing at all reached the other one.
        assert!(
            elsewhere.requests().is_empty(),
            "{code}: {:?}",
            elsewhere.requests()
        );
    }
}

#[tokio::test]
async fn a_redirect_to_another_scheme_or_host_name_is_refused_too() {
    // Same port, other scheme; same address, other host name: both another origin.
    let origin = RawServer::start(json(200, "{}")).await;
    let port = origin.url.rsplit(':').next().unwrap().to_string();
    for location in [
        format!("https://127.0.0.1:{port}/x"),
        format!("http://localhost:{port}/x"),
    ] {
        let server = RawServer::start(answer(307, &[("location", &location)], b"")).await;
        let err = admin(&server.url, 0)
            .list_tokens()
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Api, "{location}: {err}");
        assert!(err.message().contains("another origin"), "{err}");
    }
    assert!(origin.requests().is_empty());
}

#[tokio::test]
async fn a_redirect_within_the_origin_is_followed_with_its_credentials() {
    let server = RawServer::script(vec![
        answer(307, &[("location", "/api/v1/tokens?moved=1")], b""),
        json(200, "[]"),
    ])
    .await;
    let tokens = admin(&server.url, 0).list_tokens().send().await.unwrap();
    assert!(tokens.is_empty());
    let seen = server.requests();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[1].target(), "/api/v1/tokens?moved=1");
    assert_eq!(seen[1].header("x-admin-key"), Some(AILINK_ADMIN_KEY));
}

#[tokio::test]
async fn a_configured_http_client_gets_the_same_guarantee() {
    let elsewhere = RawServer::start(json(200, "{}")).await;
    let origin = RawServer::start(answer(
        302,
        &[("location", &format!("{}/x", elsewhere.url))],
        b"",
    ))
    .await;
    // Whatever the caller's configuration says about redirects, the SDK's policy is applied
    // last.
    let client = agent_apis::ailink::AdminClient::builder()
        .base_url(&origin.url)
        .admin_key(AILINK_ADMIN_KEY)
        .http_client(|http| http.redirect(reqwest::redirect::Policy::limited(10)))
        .max_retries(0)
        .build()
        .unwrap();
    let err = client.list_tokens().send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Api, "{err}");
    assert!(elsewhere.requests().is_empty());
    // The Anthropic helper's ready-made client follows the same policy.
    let http = agent(&origin.url, 0).anthropic().http_client().unwrap();
    let answer = http
        .get(format!("{}/v1/messages", origin.url))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 302);
    assert!(elsewhere.requests().is_empty());
}

#[tokio::test]
async fn a_redirect_loop_within_the_origin_is_a_final_error_and_not_retried() {
    // `302 Location: <the same path>` forever: the SDK stops after its redirect limit with an
    // error that says so, is not retryable, and is not sent again by the retry loop.
    let server = RawServer::start(answer(302, &[("location", "/api/v1/tokens")], b"")).await;
    let err = admin(&server.url, 3)
        .list_tokens()
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Api, "{err}");
    assert!(!err.is_retryable(), "{err}");
    assert!(err.message().contains("redirect"), "{err}");
    // One request and the redirects the SDK follows (ten); no retry sends it all again.
    assert_eq!(server.requests().len(), 11, "{err}");
    assert!(!err.to_string().contains(AILINK_ADMIN_KEY), "{err}");
}
