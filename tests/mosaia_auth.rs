//! Mosaia authentication: both sign-in grants, the seed's refresh and sign-out, client
//! credentials from the configuration, and the token store's automatic refresh — before expiry,
//! once after a 401, single-flight under concurrency, and a failed refresh as an authentication
//! error rather than a loop. Secrets stay out of `Debug` and errors.

mod mosaia_support;

use agent_apis::mosaia::mock::MockServerExt;
use agent_apis::mosaia::types;
use agent_apis::ErrorKind;
use futures::future::join_all;
use httpmock::{Method, Mock, MockServer};
use mosaia_support::*;
use serde_json::json;

/// `GET /self` answered for `token` only.
fn self_for<'a>(server: &'a MockServer, token: &str, status: u16) -> Mock<'a> {
    server.get_self(|when, then| {
        when.into_inner().header("authorization", bearer(token));
        let then = then.into_inner().status(status);
        if status == 200 {
            then.json_body(
                json!({"data": {"user": record(USER, json!({"email": "john@example.com"}))}}),
            );
        } else {
            then.json_body(json!({"message": "Token expired", "code": "UNAUTHORIZED"}));
        }
    })
}

/// `POST /auth/signin` with the refresh grant for `refresh`, issuing `access` (+ REFRESH_2).
fn refresh_mock<'a>(server: &'a MockServer, refresh: &str, access: &str) -> Mock<'a> {
    server.sign_in(|when, then| {
        when.into_inner()
            .json_body(json!({"grant_type": "refresh", "refresh_token": refresh}));
        then.into_inner()
            .status(200)
            .json_body(signed_in(access, Some(REFRESH_2), 3600));
    })
}

/// Signs `client` in with the password grant; the token expires in `expires_in` seconds.
async fn signed_in_client(server: &MockServer, expires_in: i64) -> agent_apis::mosaia::Client {
    let sign_in = server.sign_in(|when, then| {
        when.into_inner()
            .json_body_includes(r#"{"grant_type": "password"}"#);
        then.into_inner()
            .status(200)
            .json_body(signed_in(ACCESS_1, Some(REFRESH_1), expires_in));
    });
    let client = builder(server).build().unwrap();
    client
        .auth()
        .sign_in_with_password("user@example.com", "pw-1234")
        .client_id(CLIENT_ID)
        .send()
        .await
        .expect("sign in");
    sign_in.assert_async().await;
    client
}

#[tokio::test]
async fn password_sign_in_makes_later_calls_carry_the_access_token() {
    let server = MockServer::start_async().await;
    let client = signed_in_client(&server, 3600).await;
    let me = self_for(&server, ACCESS_1, 200);
    let session = client.get_self().send().await.expect("self");
    me.assert_async().await;
    assert_eq!(
        session.user.and_then(|u| u.email).as_deref(),
        Some("john@example.com")
    );
}

#[tokio::test]
async fn client_sign_in_sends_the_client_grant_and_keeps_the_token() {
    let server = MockServer::start_async().await;
    let sign_in = server.sign_in(|when, then| {
        when.into_inner().header_missing("authorization").json_body(
            json!({"grant_type": "client", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}),
        );
        then.into_inner()
            .status(200)
            .json_body(signed_in(ACCESS_1, None, 3600));
    });
    let me = self_for(&server, ACCESS_1, 200);
    let client = builder(&server).api_key(API_KEY).build().unwrap();
    let tokens = client
        .auth()
        .sign_in_with_client(CLIENT_ID, CLIENT_SECRET)
        .send()
        .await
        .expect("sign in");
    assert_eq!(tokens.access_token.expose_secret(), ACCESS_1);
    client.get_self().send().await.expect("self");
    sign_in.assert_async().await;
    me.assert_async().await;
}

#[tokio::test]
async fn generate_api_key_returns_the_client_grant_token() {
    let server = MockServer::start_async().await;
    let sign_in = server.sign_in(|when, then| {
        when.into_inner().json_body(
            json!({"grant_type": "client", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}),
        );
        then.into_inner()
            .status(200)
            .json_body(signed_in(ACCESS_1, None, 3600));
    });
    let me = self_for(&server, ACCESS_1, 200);
    let client = builder(&server).build().unwrap();
    let key = client
        .generate_api_key(CLIENT_ID, CLIENT_SECRET)
        .send()
        .await
        .expect("key");
    assert_eq!(key.expose_secret(), ACCESS_1);
    client.get_self().send().await.expect("self");
    sign_in.assert_async().await;
    me.assert_async().await;
}

#[tokio::test]
async fn configured_client_credentials_sign_in_on_the_first_call_and_again_on_expiry() {
    let server = MockServer::start_async().await;
    // Each sign-in issues a token that is already within the refresh margin.
    let sign_in = server.sign_in(|when, then| {
        when.into_inner().json_body(
            json!({"grant_type": "client", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}),
        );
        then.into_inner()
            .status(200)
            .json_body(signed_in(ACCESS_1, None, 5));
    });
    let me = self_for(&server, ACCESS_1, 200);
    let client = builder(&server)
        .client_id(CLIENT_ID)
        .client_secret(CLIENT_SECRET)
        .build()
        .unwrap();
    client.get_self().send().await.expect("first call");
    sign_in.assert_calls_async(1).await;
    client.get_self().send().await.expect("second call");
    sign_in.assert_calls_async(2).await;
    me.assert_calls_async(2).await;
}

#[tokio::test]
async fn refresh_token_call_uses_the_refresh_grant() {
    let server = MockServer::start_async().await;
    let refresh = refresh_mock(&server, REFRESH_1, ACCESS_2);
    let me = self_for(&server, ACCESS_2, 200);
    let client = client(&server);
    let tokens = client
        .auth()
        .refresh_token()
        .token(REFRESH_1)
        .send()
        .await
        .expect("refresh");
    assert_eq!(
        tokens.refresh_token.as_ref().map(|t| t.expose_secret()),
        Some(REFRESH_2)
    );
    client.get_self().send().await.expect("self");
    refresh.assert_async().await;
    me.assert_async().await;
}

#[tokio::test]
async fn a_token_about_to_expire_is_refreshed_before_the_call() {
    let server = MockServer::start_async().await;
    // 10 s left is inside the 30 s refresh margin.
    let client = signed_in_client(&server, 10).await;
    let refresh = refresh_mock(&server, REFRESH_1, ACCESS_2);
    let stale = self_for(&server, ACCESS_1, 200);
    let fresh = self_for(&server, ACCESS_2, 200);
    client.get_self().send().await.expect("self");
    client.get_self().send().await.expect("self again");
    refresh.assert_calls_async(1).await;
    fresh.assert_calls_async(2).await;
    stale.assert_calls_async(0).await;
}

#[tokio::test]
async fn a_token_with_time_left_is_not_refreshed() {
    let server = MockServer::start_async().await;
    let client = signed_in_client(&server, 3600).await;
    let refresh = refresh_mock(&server, REFRESH_1, ACCESS_2);
    let me = self_for(&server, ACCESS_1, 200);
    client.get_self().send().await.expect("self");
    refresh.assert_calls_async(0).await;
    me.assert_async().await;
}

#[tokio::test]
async fn a_401_refreshes_once_and_resends() {
    let server = MockServer::start_async().await;
    let client = signed_in_client(&server, 3600).await;
    let rejected = self_for(&server, ACCESS_1, 401);
    let refresh = refresh_mock(&server, REFRESH_1, ACCESS_2);
    let accepted = self_for(&server, ACCESS_2, 200);
    client.get_self().send().await.expect("self after refresh");
    rejected.assert_calls_async(1).await;
    refresh.assert_calls_async(1).await;
    accepted.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_401_after_refreshing_is_an_authentication_error_not_a_loop() {
    let server = MockServer::start_async().await;
    let client = signed_in_client(&server, 3600).await;
    let rejected_1 = self_for(&server, ACCESS_1, 401);
    let refresh = refresh_mock(&server, REFRESH_1, ACCESS_2);
    let rejected_2 = self_for(&server, ACCESS_2, 401);
    let err = client.get_self().send().await.unwrap_err();
    assert_eq!(
        (err.kind(), err.status().map(|s| s.as_u16())),
        (ErrorKind::Authentication, Some(401))
    );
    assert_eq!(err.message(), "Token expired");
    rejected_1.assert_calls_async(1).await;
    refresh.assert_calls_async(1).await;
    rejected_2.assert_calls_async(1).await;
}

#[tokio::test]
async fn ten_concurrent_calls_on_an_expired_token_cause_one_refresh() {
    let server = MockServer::start_async().await;
    let client = signed_in_client(&server, 0).await;
    let refresh = refresh_mock(&server, REFRESH_1, ACCESS_2);
    let stale = self_for(&server, ACCESS_1, 401);
    let fresh = self_for(&server, ACCESS_2, 200);
    let results = join_all((0..10).map(|_| client.get_self().send())).await;
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    refresh.assert_calls_async(1).await;
    fresh.assert_calls_async(10).await;
    stale.assert_calls_async(0).await;
}

#[tokio::test]
async fn ten_concurrent_401s_cause_one_refresh() {
    let server = MockServer::start_async().await;
    // No expiry information: only the server's 401 says the token is stale.
    let sign_in = server.sign_in(|when, then| {
        when.into_inner()
            .json_body_includes(r#"{"grant_type": "password"}"#);
        then.into_inner()
            .status(200)
            .json_body(json!({"data": {"access_token": ACCESS_1, "refresh_token": REFRESH_1}}));
    });
    let client = builder(&server).build().unwrap();
    client
        .auth()
        .sign_in_with_password("user@example.com", "pw-1234")
        .client_id(CLIENT_ID)
        .send()
        .await
        .unwrap();
    sign_in.assert_async().await;
    let refresh = refresh_mock(&server, REFRESH_1, ACCESS_2);
    let stale = self_for(&server, ACCESS_1, 401);
    let fresh = self_for(&server, ACCESS_2, 200);
    let results = join_all((0..10).map(|_| client.get_self().send())).await;
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    refresh.assert_calls_async(1).await;
    fresh.assert_calls_async(10).await;
    assert!(stale.calls_async().await >= 1);
}

#[tokio::test]
async fn a_failed_refresh_is_an_authentication_error_for_every_waiting_call() {
    let server = MockServer::start_async().await;
    let client = signed_in_client(&server, 0).await;
    let refresh = server.sign_in(|when, then| {
        when.into_inner()
            .json_body_includes(r#"{"grant_type": "refresh"}"#);
        then.into_inner()
            .status(401)
            .json_body(json!({"message": format!("refresh token {REFRESH_1} expired")}));
    });
    let stale = self_for(&server, ACCESS_1, 401);
    let results = join_all((0..3).map(|_| client.get_self().send())).await;
    for result in &results {
        let err = result.as_ref().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Authentication);
        assert!(err.message().contains("could not be refreshed"), "{err}");
        assert!(!err.to_string().contains(REFRESH_1), "{err}");
    }
    refresh.assert_calls_async(1).await;
    stale.assert_calls_async(0).await;

    // The rejected refresh token is not tried again: the stale token goes out and its 401 ends
    // the call.
    let err = client.get_self().send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Authentication);
    refresh.assert_calls_async(1).await;
    stale.assert_calls_async(1).await;
}

#[tokio::test]
async fn sign_out_revokes_the_session_token_and_forgets_it() {
    let server = MockServer::start_async().await;
    let client = signed_in_client(&server, 3600).await;
    let sign_out = server.sign_out(|when, then| {
        when.into_inner()
            .header("authorization", bearer(ACCESS_1))
            .query_param_missing("token")
            .json_body(json!({"token": ACCESS_1}));
        then.into_inner().status(204);
    });
    let anonymous = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/self")
            .header_missing("authorization");
        then.status(401)
            .json_body(json!({"message": "Authentication required"}));
    });
    client.auth().sign_out().send().await.expect("sign out");
    sign_out.assert_async().await;
    let err = client.get_self().send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Authentication);
    anonymous.assert_async().await;
    assert_eq!(
        client.auth().sign_out().send().await.unwrap_err().kind(),
        ErrorKind::InvalidRequest
    );
}

#[tokio::test]
async fn oauth_tokens_are_refreshed_over_the_token_endpoint() {
    let server = MockServer::start_async().await;
    let refresh = server.oauth_token(|when, then| {
        when.into_inner()
            .header_missing("authorization")
            .form_urlencoded_tuple("grant_type", "refresh_token")
            .form_urlencoded_tuple("refresh_token", REFRESH_1)
            .form_urlencoded_tuple("client_id", CLIENT_ID);
        then.into_inner().status(200).json_body(
            json!({"access_token": ACCESS_2, "token_type": "Bearer", "expires_in": 3600}),
        );
    });
    let me = self_for(&server, ACCESS_2, 200);
    let client = builder(&server).client_id(CLIENT_ID).build().unwrap();
    let tokens: types::OAuthTokenResponse = serde_json::from_value(
        json!({"access_token": ACCESS_1, "refresh_token": REFRESH_1, "expires_in": 0}),
    )
    .unwrap();
    client
        .auth()
        .use_oauth_tokens(&tokens)
        .send()
        .await
        .unwrap();
    client.get_self().send().await.expect("self");
    refresh.assert_async().await;
    me.assert_async().await;
}

#[tokio::test]
async fn secrets_stay_out_of_debug_and_errors() {
    let server = MockServer::start_async().await;
    let client = builder(&server)
        .api_key(API_KEY)
        .client_id(CLIENT_ID)
        .client_secret(CLIENT_SECRET)
        .build()
        .unwrap();
    let shown = format!("{client:?} {:?} {:?}", client.config(), client.auth());
    for secret in [API_KEY, CLIENT_SECRET] {
        assert!(!shown.contains(secret), "{shown}");
    }
    assert!(shown.contains(CLIENT_ID), "{shown}");

    // A signed-in session: tokens in neither the answer's Debug nor the client's.
    let sign_in = server.sign_in(|when, then| {
        when.into_inner()
            .json_body_includes(r#"{"grant_type": "password"}"#);
        then.into_inner()
            .status(200)
            .json_body(signed_in(ACCESS_1, Some(REFRESH_1), 3600));
    });
    let tokens = client
        .auth()
        .sign_in_with_password("user@example.com", "pw-1234")
        .client_id(CLIENT_ID)
        .send()
        .await
        .unwrap();
    sign_in.assert_async().await;
    let shown = format!("{tokens:?} {client:?}");
    for secret in [ACCESS_1, REFRESH_1, "pw-1234"] {
        assert!(!shown.contains(secret), "{shown}");
    }

    // A server that echoes the token in its error message.
    let echo = server.get_agent(|when, then| {
        when.id("a-1");
        then.into_inner().status(403).json_body(
            json!({"message": format!("token {ACCESS_1} may not read a-1"),
            "error": format!("forbidden for {ACCESS_1}")}),
        );
    });
    let err = client.get_agent().id("a-1").send().await.unwrap_err();
    echo.assert_async().await;
    assert_eq!(err.kind(), ErrorKind::Permission);
    let shown = format!("{err} {err:?}");
    assert!(!shown.contains(ACCESS_1), "{shown}");
    assert!(shown.contains("may not read a-1"), "{shown}");
}

/// The refresh lives in the client's credential, so every operation gets it: a POST of a
/// generated operation and the pages of a generated `.stream()` are resent after one refresh.
#[tokio::test]
async fn every_operation_refreshes_after_a_401_not_only_the_helpers() {
    use futures::TryStreamExt;
    let server = MockServer::start_async().await;
    let client = signed_in_client(&server, 3600).await;
    let rejected = server.create_agent(|when, then| {
        when.into_inner().header("authorization", bearer(ACCESS_1));
        then.into_inner()
            .status(401)
            .json_body(json!({"message": "Token expired"}));
    });
    let refresh = refresh_mock(&server, REFRESH_1, ACCESS_2);
    let created = server.create_agent(|when, then| {
        when.into_inner()
            .header("authorization", bearer(ACCESS_2))
            .json_body(json!({"name": "after refresh"}));
        then.into_inner()
            .status(200)
            .json_body(json!({"data": record("a-1", json!({"name": "after refresh"}))}));
    });
    let listed = server.list_agents(|when, then| {
        when.into_inner().header("authorization", bearer(ACCESS_2));
        then.into_inner()
            .status(200)
            .json_body(page(vec![record("a-1", json!({}))], 0, 50, 1));
    });
    let agent = client
        .create_agent()
        .name("after refresh")
        .send()
        .await
        .expect("create after refresh");
    assert_eq!(agent.id.as_deref(), Some("a-1"));
    rejected.assert_calls_async(1).await;
    refresh.assert_calls_async(1).await;
    created.assert_calls_async(1).await;
    let all: Vec<types::Agent> = client.list_agents().stream().try_collect().await.unwrap();
    assert_eq!(all.len(), 1);
    listed.assert_calls_async(1).await;
    refresh.assert_calls_async(1).await;
}

#[tokio::test]
async fn refresh_token_defaults_to_the_sessions_refresh_token() {
    let server = MockServer::start_async().await;
    let client = signed_in_client(&server, 3600).await;
    let refresh = refresh_mock(&server, REFRESH_1, ACCESS_2);
    let me = self_for(&server, ACCESS_2, 200);
    let tokens = client.auth().refresh_token().send().await.expect("refresh");
    assert_eq!(tokens.access_token.expose_secret(), ACCESS_2);
    client.get_self().send().await.expect("self");
    refresh.assert_calls_async(1).await;
    me.assert_async().await;

    // An API-key client has no refresh token: nothing is sent.
    let anything = server.mock(|_, then| {
        then.status(200);
    });
    let keyed = mosaia_support::client(&server);
    let err = keyed.auth().refresh_token().send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest);
    assert!(err.message().contains(".token("), "{err}");
    anything.assert_calls_async(0).await;
}

#[tokio::test]
async fn a_password_sign_in_sends_the_configured_client_id_unless_told_otherwise() {
    let server = MockServer::start_async().await;
    let configured = server.sign_in(|when, then| {
        when.into_inner().json_body(json!({"grant_type": "password",
            "email": "user@example.com", "password": "pw-1234", "client_id": CLIENT_ID}));
        then.into_inner()
            .status(200)
            .json_body(signed_in(ACCESS_1, None, 3600));
    });
    let explicit = server.sign_in(|when, then| {
        when.into_inner().json_body(json!({"grant_type": "password",
            "email": "user@example.com", "password": "pw-1234", "client_id": "other-client"}));
        then.into_inner()
            .status(200)
            .json_body(signed_in(ACCESS_2, None, 3600));
    });
    let client = builder(&server).client_id(CLIENT_ID).build().unwrap();
    let auth = client.auth();
    let first = auth
        .sign_in_with_password("user@example.com", "pw-1234")
        .send()
        .await
        .unwrap();
    let second = auth
        .sign_in_with_password("user@example.com", "pw-1234")
        .client_id("other-client")
        .send()
        .await
        .unwrap();
    assert_eq!(
        (
            first.access_token.expose_secret(),
            second.access_token.expose_secret()
        ),
        (ACCESS_1, ACCESS_2)
    );
    configured.assert_async().await;
    explicit.assert_async().await;
}
