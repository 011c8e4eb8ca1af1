//! Mosaia OAuth 2.0 with PKCE (RFC 7636, S256): the challenge of the RFC's Appendix B, the
//! authorization URL's parameters, fresh verifiers and states, and the refresh over
//! `oauth_token`.

mod mosaia_support;

use std::collections::HashMap;

use agent_apis::mosaia::mock::MockServerExt;
use agent_apis::mosaia::{code_challenge, Client};
use agent_apis::ErrorKind;
use httpmock::MockServer;
use mosaia_support::*;
use serde_json::json;

const REDIRECT: &str = "https://app.example.com/callback?tenant=a&x=1";

fn oauth_client() -> Client {
    Client::builder()
        .frontend_url("https://login.example.com/")
        .client_id(CLIENT_ID)
        .build()
        .unwrap()
}

#[test]
fn the_challenge_matches_rfc7636_appendix_b() {
    assert_eq!(
        code_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    );
}

#[test]
fn the_authorization_url_carries_every_parameter() {
    let oauth = oauth_client().oauth(REDIRECT).scopes(["read", "write"]);
    let request = oauth.authorization_url_and_code_verifier().unwrap();
    let url = &request.url;
    assert_eq!(
        (url.scheme(), url.host_str(), url.path()),
        ("https", Some("login.example.com"), "/oauth")
    );
    let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    let query: HashMap<&str, &str> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(pairs.len(), query.len(), "no parameter twice: {pairs:?}");
    assert_eq!(query.len(), 7, "{pairs:?}");
    assert_eq!(query["client_id"], CLIENT_ID);
    assert_eq!(query["redirect_uri"], REDIRECT);
    assert_eq!(query["response_type"], "code");
    assert_eq!(query["code_challenge_method"], "S256");
    // Comma-joined, as both official SDKs send it (Node since v0.0.11).
    assert_eq!(query["scope"], "read,write");
    assert!(url.as_str().contains("scope=read%2Cwrite"), "{url}");
    assert_eq!(query["state"], request.state);
    let verifier = request.code_verifier.expose_secret();
    assert_eq!(query["code_challenge"], code_challenge(verifier));
    assert!((43..=128).contains(&verifier.len()), "{}", verifier.len());
    assert!(verifier
        .bytes()
        .all(|c| c.is_ascii_alphanumeric() || b"-._~".contains(&c)));
    assert!(request.state.len() >= 16);
    assert!(!format!("{request:?}").contains(verifier));
}

#[test]
fn one_scope_is_sent_as_is_and_many_are_comma_joined() {
    let url = |scopes: &[&str]| {
        oauth_client()
            .oauth(REDIRECT)
            .scopes(scopes.iter().copied())
            .state("s-1")
            .authorization_url("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
            .unwrap()
    };
    let scope = |u: reqwest::Url| {
        u.query_pairs()
            .find(|(k, _)| k == "scope")
            .map(|(_, v)| v.into_owned())
    };
    assert_eq!(scope(url(&["read"])).as_deref(), Some("read"));
    assert_eq!(
        scope(url(&["read", "write", "agents:chat"])).as_deref(),
        Some("read,write,agents:chat")
    );
}

#[test]
fn every_authorization_url_has_a_fresh_verifier_and_state() {
    let oauth = oauth_client().oauth(REDIRECT).scopes(["read"]);
    let a = oauth.authorization_url_and_code_verifier().unwrap();
    let b = oauth.authorization_url_and_code_verifier().unwrap();
    assert_ne!(
        a.code_verifier.expose_secret(),
        b.code_verifier.expose_secret()
    );
    assert_ne!(a.state, b.state);
}

#[test]
fn without_scopes_the_scope_parameter_is_left_out() {
    let oauth = oauth_client().oauth(REDIRECT);
    let url = oauth
        .authorization_url("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
        .unwrap();
    let keys: Vec<String> = url.query_pairs().map(|(k, _)| k.into_owned()).collect();
    assert_eq!(
        keys,
        [
            "client_id",
            "redirect_uri",
            "response_type",
            "code_challenge",
            "code_challenge_method"
        ]
    );
    assert!(url
        .as_str()
        .contains("code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

#[test]
fn bad_inputs_are_typed_errors() {
    let no_id = Client::builder().build().unwrap();
    assert_eq!(
        no_id
            .oauth(REDIRECT)
            .scopes(["read"])
            .authorization_url_and_code_verifier()
            .unwrap_err()
            .kind(),
        ErrorKind::Configuration
    );
    assert_eq!(
        oauth_client()
            .oauth("not a url")
            .scopes(["read"])
            .authorization_url_and_code_verifier()
            .unwrap_err()
            .kind(),
        ErrorKind::InvalidRequest
    );
    let oauth = oauth_client().oauth(REDIRECT).scopes(["read"]);
    for bad in [
        "short",
        &"a".repeat(129),
        "dBjftJeZ4CVP mB92K27uhbUJU1p1r_wW1gFWFOEjXk+/",
    ] {
        assert_eq!(
            oauth.authorization_url(bad).unwrap_err().kind(),
            ErrorKind::InvalidRequest,
            "{bad}"
        );
    }
}

#[tokio::test]
async fn refresh_token_posts_the_refresh_grant_as_a_form() {
    let server = MockServer::start_async().await;
    let mock = server.oauth_token(|when, then| {
        when.into_inner()
            .header("content-type", "application/x-www-form-urlencoded")
            .form_urlencoded_tuple("grant_type", "refresh_token")
            .form_urlencoded_tuple("refresh_token", REFRESH_1)
            .form_urlencoded_tuple("client_id", CLIENT_ID)
            .form_urlencoded_tuple_missing("code");
        then.into_inner().status(200).json_body(json!({"access_token": ACCESS_2, "refresh_token": REFRESH_2,
            "token_type": "Bearer", "expires_in": 3600, "sub": USER, "iat": "1751364000000", "exp": "1751367600000"}));
    });
    let client = builder(&server).client_id(CLIENT_ID).build().unwrap();
    let tokens = client
        .oauth(REDIRECT)
        .scopes(["read"])
        .refresh_token(REFRESH_1)
        .send()
        .await
        .expect("refresh");
    mock.assert_async().await;
    assert_eq!(tokens.access_token.expose_secret(), ACCESS_2);
    assert_eq!(
        tokens.refresh_token.as_ref().map(|t| t.expose_secret()),
        Some(REFRESH_2)
    );
    assert!(!format!("{tokens:?}").contains(ACCESS_2));
}

#[tokio::test]
async fn an_oauth_error_answer_is_a_validation_error_with_its_description() {
    let server = MockServer::start_async().await;
    let mock = server.oauth_token(|_, then| {
        then.into_inner()
            .status(400)
            .json_body(json!({"error": "invalid_grant", "error_description": "code expired"}));
    });
    let client = builder(&server).client_id(CLIENT_ID).build().unwrap();
    let oauth = client.oauth(REDIRECT).scopes(["read"]);
    let err = oauth
        .exchange_code_for_token("old-code", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
        .send()
        .await
        .unwrap_err();
    mock.assert_async().await;
    assert_eq!(err.kind(), ErrorKind::Validation);
    assert_eq!(
        (err.message(), err.details()),
        ("code expired", Some("invalid_grant"))
    );
}

#[test]
fn a_state_of_the_callers_choosing_is_sent_as_is() {
    let oauth = oauth_client()
        .oauth(REDIRECT)
        .scopes(["read"])
        .state("my-state-42");
    let request = oauth.authorization_url_and_code_verifier().unwrap();
    assert_eq!(request.state, "my-state-42");
    let state = |u: &reqwest::Url| {
        u.query_pairs()
            .find(|(k, _)| k == "state")
            .map(|(_, v)| v.into_owned())
    };
    assert_eq!(state(&request.url).as_deref(), Some("my-state-42"));
    let url = oauth
        .authorization_url("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
        .unwrap();
    assert_eq!(state(&url).as_deref(), Some("my-state-42"));
}

#[tokio::test]
async fn without_a_client_id_the_code_exchange_fails_before_sending() {
    let server = MockServer::start_async().await;
    let anything = server.mock(|_, then| {
        then.status(200);
    });
    let client = builder(&server).build().unwrap();
    let err = client
        .oauth(REDIRECT)
        .exchange_code_for_token("code", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Configuration);
    anything.assert_calls_async(0).await;
}
