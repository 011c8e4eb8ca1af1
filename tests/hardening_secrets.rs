//! No secret in any error text: servers echo each secret back — in an error body, in a
//! request-id header, in a success body that fails to decode — and neither the error's
//! `Display`, its `Debug`, nor any tracing output of the call contains it. Secrets covered:
//! every service's own credential, and a secret sent in a request body (`x-secret` fields:
//! AIlink's provider secret). And no secret a caller hands the SDK — a per-call header, a
//! proxied request's header or body, a path parameter marked `x-secret` — in `Debug` output.

mod hardening_support;

use std::io::Write;
use std::sync::{Arc, Mutex};

use agent_apis::{Error, Secret};
use hardening_support::*;

/// A provider secret of no recognisable shape: only the registry of live secrets can catch it.
const PROVIDER_SECRET: &str = "prov-secret-Zx81kqWp33";

/// Three hostile answers echoing `secret`: in an error body, in a request-id header, and in a
/// success body of the wrong shape.
fn echoes(secret: &str) -> Vec<(&'static str, Vec<u8>)> {
    vec![
        (
            "error body",
            json(
                400,
                &format!(
                    r#"{{"error":"bad credential {secret}","message":"rejected {secret}","detail":"{secret}"}}"#
                ),
            ),
        ),
        (
            "header",
            answer(
                500,
                &[("x-request-id", secret), ("content-type", "text/plain")],
                format!("oops {secret}").as_bytes(),
            ),
        ),
        (
            "malformed body",
            json(
                200,
                &format!(r#"{{"id":"{secret}","name":{{"echo":"{secret}"}},"x":"{secret}"}}"#),
            ),
        ),
    ]
}

/// Captures everything the SDK logs at any level while `f` runs.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn assert_clean(what: &str, err: &Error, logs: &Captured, secret: &str) {
    let shown = format!("{err}\n{err:?}");
    assert!(
        !shown.contains(secret),
        "{what}: secret in the error: {shown}"
    );
    let logged = String::from_utf8_lossy(&logs.0.lock().unwrap()).to_string();
    assert!(
        !logged.contains(secret),
        "{what}: secret in the logs: {logged}"
    );
}

fn subscriber(logs: &Captured) -> impl tracing::Subscriber {
    let logs = logs.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || logs.clone())
        .with_ansi(false)
        .finish()
}

#[tokio::test]
async fn a_request_bodys_secret_echoed_back_is_never_shown() {
    for (what, hostile) in echoes(PROVIDER_SECRET) {
        let server = RawServer::start(hostile).await;
        let logs = Captured::default();
        let _guard = tracing::subscriber::set_default(subscriber(&logs));
        let err = admin(&server.url, 0)
            .create_credential()
            .name("prod-openai")
            .provider("openai")
            .secret(Secret::new(PROVIDER_SECRET))
            .send()
            .await
            .map(drop)
            .unwrap_err();
        assert_clean(what, &err, &logs, PROVIDER_SECRET);
        // The secret did go out on the wire: the test would pass vacuously otherwise.
        assert_eq!(server.requests().len(), 1, "{what}");
    }
}

#[tokio::test]
async fn each_services_credential_echoed_back_is_never_shown() {
    for (secret, service) in [
        (AUTONOMI_TOKEN, "autonomi"),
        (CLINK_KEY, "clink"),
        (CLINK_SESSION, "clink session"),
        (AILINK_ADMIN_KEY, "ailink admin"),
        (AILINK_TOKEN, "ailink agent"),
        (MOSAIA_KEY, "mosaia"),
    ] {
        for (what, hostile) in echoes(secret) {
            let server = RawServer::start(hostile).await;
            let url = server.url.clone();
            let logs = Captured::default();
            let _guard = tracing::subscriber::set_default(subscriber(&logs));
            let err = match service {
                "autonomi" => autonomi(&url, 0)
                    .get_run()
                    .run_id(1)
                    .send()
                    .await
                    .unwrap_err(),
                "clink" | "clink session" => clink(&url, 0)
                    .get_group()
                    .group_id("0b0e5b8e-0000-4000-8000-000000000001")
                    .send()
                    .await
                    .unwrap_err(),
                "ailink admin" => admin(&url, 0).list_tokens().send().await.unwrap_err(),
                "ailink agent" => agent(&url, 0)
                    .proxy()
                    .get("/v1/models")
                    .send::<Vec<u32>>()
                    .await
                    .unwrap_err(),
                _ => mosaia(&url, 0)
                    .get_agent()
                    .id("a1")
                    .send()
                    .await
                    .unwrap_err(),
            };
            assert_clean(&format!("{service} / {what}"), &err, &logs, secret);
        }
    }
}

#[tokio::test]
async fn a_decode_error_keeps_what_locates_the_problem() {
    let server = RawServer::start(json(
        200,
        r#"{"id":1,"status":"running","project_id":"not-a-number"}"#,
    ))
    .await;
    let err = autonomi(&server.url, 0)
        .get_run()
        .run_id(1)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), agent_apis::ErrorKind::Decode);
    assert_eq!(err.operation_id(), Some("get_run"));
    // serde's quoted value is gone from the message; the snippet still shows the data.
    assert!(err.message().contains("invalid type: string"), "{err}");
    assert!(!err.message().contains("not-a-number"), "{err}");
    assert!(
        err.body_snippet().unwrap().contains("not-a-number"),
        "{err}"
    );
}

/// A secret of no recognisable shape given as a per-call header, a proxied header or body, or
/// a path parameter: only the SDK's own care keeps it out of `Debug`.
const UNSHAPED: &str = "zzTopSecretCallHeader-998877";

#[test]
fn per_call_header_values_never_show_in_debug() {
    let options = agent_apis::CallOptions::new()
        .header("authorization", &format!("Bearer {UNSHAPED}"))
        .unwrap()
        .header("x-custom-auth", UNSHAPED)
        .unwrap();
    let client = admin("http://127.0.0.1:1", 0).with_options(options.clone());
    for shown in [
        format!("{options:?}"),
        format!("{client:?}"),
        format!("{client:#?}"),
    ] {
        assert!(!shown.contains(UNSHAPED), "{shown}");
        // The names still show which headers the calls add.
        assert!(
            shown.contains("authorization") && shown.contains("x-custom-auth"),
            "{shown}"
        );
    }
}

#[test]
fn a_proxied_requests_headers_and_body_never_show_in_debug() {
    let agent = agent("http://127.0.0.1:1", 0);
    let body_secret = "body-secret-Pq77xLm2";
    let request = agent
        .proxy()
        .post("/v1/messages")
        .query("key", UNSHAPED)
        .header("x-api-key", UNSHAPED)
        .json(&serde_json::json!({ "prompt": body_secret }));
    for shown in [format!("{request:?}"), format!("{request:#?}")] {
        assert!(!shown.contains(UNSHAPED), "{shown}");
        assert!(!shown.contains(body_secret), "{shown}");
        assert!(
            shown.contains("POST") && shown.contains("/v1/messages") && shown.contains("x-api-key"),
            "{shown}"
        );
    }
}

/// Virtual tokens of no prefix the redactor knows: the second one is percent-encoded in the
/// path.
const PATH_TOKENS: [(&str, &str); 2] = [
    ("vtok-Qm9c2LkP88aa7Z", "vtok-Qm9c2LkP88aa7Z"),
    ("vtok+Qm9c2/LkP88aa7Z", "vtok%2BQm9c2%2FLkP88aa7Z"),
];

#[tokio::test]
async fn a_secret_path_parameter_never_shows_in_debug_or_spans() {
    for (token, encoded) in PATH_TOKENS {
        let server = RawServer::start(json(500, r#"{"error":"try again"}"#)).await;
        let admin = admin(&server.url, 1);
        let request = admin.revoke_token().token_id(token);
        let helper = admin.revoke().token_id(token);
        for shown in [format!("{request:?}"), format!("{helper:#?}")] {
            assert!(
                !shown.contains(token) && !shown.contains(encoded),
                "{shown}"
            );
            assert!(shown.contains("RevokeToken"), "{shown}");
        }
        let logs = Captured::default();
        let _guard = tracing::subscriber::set_default(subscriber(&logs));
        let err = request.send().await.map(drop).unwrap_err();
        assert_clean(token, &err, &logs, token);
        assert_clean(token, &err, &logs, encoded);
        // The span was logged (the retry's event), and the token did go out on the wire.
        let logged = String::from_utf8_lossy(&logs.0.lock().unwrap()).to_string();
        assert!(logged.contains("path=/api/v1/tokens/"), "{logged}");
        let sent = server.requests();
        assert_eq!(sent.len(), 2, "{token}");
        assert_eq!(sent[0].target(), format!("/api/v1/tokens/{encoded}"));
    }
}
