//! Mosaia walk: sign in with client credentials, create an agent, chat with it, list models
//! across pages, build an OAuth authorization URL, then delete the agent and sign out. Against
//! an embedded mock unless `MOSAIA_BASE_URL` is set (then `MOSAIA_CLIENT_ID` and
//! `MOSAIA_CLIENT_SECRET` sign in). Against a real server every call is bounded (30 s, one
//! retry) and the agent the walk created is deleted even when a later step fails.

use std::time::Duration;

use agent_apis::mosaia::mock::MockServerExt;
use agent_apis::mosaia::types::{self, ChatMessage};
use agent_apis::mosaia::{Client, MosaiaService};
use agent_apis::ClientBuilder;
use futures::{StreamExt, TryStreamExt};
use httpmock::MockServer;
use serde_json::json;

const MOCK_CLIENT_ID: &str = "quickstart-client";
const MOCK_CLIENT_SECRET: &str = "quickstart-client-secret";

/// The most models the walk reads from a real server.
const MAX_MODELS: usize = 20;

pub async fn walk() -> Result<(), Box<dyn std::error::Error>> {
    println!("== Mosaia (agent platform)");
    // Keep the mock alive for the whole walk.
    let (client, client_id, client_secret, _mock) = match std::env::var("MOSAIA_BASE_URL") {
        Ok(url) => {
            println!("   using the Mosaia API at {url}");
            let id = std::env::var("MOSAIA_CLIENT_ID")?;
            let secret = std::env::var("MOSAIA_CLIENT_SECRET")?;
            let client = ClientBuilder::<MosaiaService>::from_env()
                .timeout(Duration::from_secs(30))
                .max_retries(1)
                .build()?;
            (client, id, secret, None)
        }
        Err(_) => {
            let server = embedded_platform().await?;
            let client = Client::builder()
                .api_url(server.base_url())
                .client_id(MOCK_CLIENT_ID)
                .build()?;
            (
                client,
                MOCK_CLIENT_ID.to_string(),
                MOCK_CLIENT_SECRET.to_string(),
                Some(server),
            )
        }
    };

    let tokens = client
        .auth()
        .sign_in_with_client(&client_id, &client_secret)
        .send()
        .await?;
    println!(
        "   signed in as client {} (token {:?}, expires in {} s; refreshed on its own)",
        client_id,
        tokens.access_token,
        tokens.expires_in.unwrap_or_default()
    );

    let agent = client
        .create_agent()
        .name("Quickstart Assistant")
        .description("Made by the agent-apis quickstart")
        .model(json!(["gpt-4o"]))
        .system_message("You are a helpful assistant.")
        .send()
        .await?;
    let agent_id = agent.id.clone().unwrap_or_default();
    println!(
        "   created agent {agent_id} ({}: {})",
        agent.name.as_deref().unwrap_or("?"),
        agent.description_text().unwrap_or("-")
    );

    // Whatever happens next, the agent is deleted and the session signed out.
    let outcome = use_agent(&client, &agent_id).await;
    let deleted = client.delete_agent().id(&agent_id).send().await;
    println!("   deleted agent {agent_id}");
    let signed_out = client.auth().sign_out().send().await;
    println!("   signed out");
    outcome?;
    deleted?;
    signed_out?;
    Ok(())
}

/// The walk's steps between creating the agent and cleaning up.
async fn use_agent(client: &Client, agent_id: &str) -> Result<(), Box<dyn std::error::Error>> {
    let answer = client
        .agent_chat_completion()
        .id(agent_id)
        .messages([ChatMessage::user("Hello, how are you?")])
        .max_tokens(100)
        .send()
        .await?;
    println!("   agent says: {}", answer.text().unwrap_or("(no text)"));

    let models: Vec<types::Model> = client
        .list_models()
        .limit(2)
        .stream()
        .take(MAX_MODELS)
        .try_collect()
        .await?;
    let names: Vec<&str> = models.iter().filter_map(|m| m.name.as_deref()).collect();
    println!(
        "   {} models, fetched 2 per page: {}",
        models.len(),
        names.join(", ")
    );

    let oauth = client
        .oauth("https://app.example.com/callback")
        .scopes(["read", "write"]);
    let request = oauth.authorization_url_and_code_verifier()?;
    println!("   OAuth: send the user to {}", request.url);
    println!(
        "   (keep the PKCE verifier and state {} for the redirect)",
        request.state
    );
    Ok(())
}

/// An in-process Mosaia API built from the spec's generated httpmock helpers, answering with
/// the platform's shapes.
async fn embedded_platform() -> Result<MockServer, Box<dyn std::error::Error>> {
    let server = MockServer::start_async().await;
    let tokens: types::AuthTokensEnvelope = serde_json::from_value(json!({"data": {
        "access_token": "quickstart-access-token", "refresh_token": null, "token_type": "Bearer",
        "expires_in": 3600, "sub": MOCK_CLIENT_ID}}))?;
    let agent: types::AgentEnvelope = serde_json::from_value(json!({"data": {
        "id": "agent-1", "name": "Quickstart Assistant", "description": "Made by the agent-apis quickstart",
        "model": ["gpt-4o"], "system_message": "You are a helpful assistant.", "active": true,
        "record_history": {"created_at": "2025-07-01T10:00:00.000Z", "created_by": MOCK_CLIENT_ID}}}))?;
    let answer: types::ChatCompletionResponse = serde_json::from_value(json!({
        "id": "chatcmpl-1", "object": "chat.completion", "model": "gpt-4o",
        "choices": [{"index": 0, "finish_reason": "stop",
            "message": {"role": "assistant", "content": "I'm doing well, thank you! How can I help?"}}],
        "usage": {"prompt_tokens": 20, "completion_tokens": 11, "total_tokens": 31}}))?;
    let names = [
        "GPT-4o",
        "GPT-4o mini",
        "Claude Sonnet",
        "Llama 3.1 70B",
        "Mistral Large",
    ];

    server.sign_in(|when, then| {
        when.into_inner()
            .json_body(json!({"grant_type": "client", "client_id": MOCK_CLIENT_ID, "client_secret": MOCK_CLIENT_SECRET}));
        then.ok(&tokens);
    });
    server.create_agent(|when, then| {
        when.into_inner()
            .header("authorization", "Bearer quickstart-access-token");
        then.ok(&agent);
    });
    server.agent_chat_completion(|when, then| {
        when.id("agent-1");
        then.ok(&answer);
    });
    server.delete_agent(|when, then| {
        when.id("agent-1");
        then.into_inner().status(204);
    });
    server.sign_out(|when, then| {
        when.into_inner()
            .json_body(json!({"token": "quickstart-access-token"}));
        then.into_inner().status(204);
    });
    for offset in [0usize, 2, 4] {
        let page: types::ModelListEnvelope = serde_json::from_value(json!({
            "data": names.iter().enumerate().skip(offset).take(2)
                .map(|(i, name)| json!({"id": format!("model-{}", i + 1), "name": name, "provider": "various"}))
                .collect::<Vec<_>>(),
            "paging": {"offset": offset, "limit": 2, "total": names.len()}}))?;
        server.list_models(|when, then| {
            when.limit(2).offset(offset as i64);
            then.ok(&page);
        });
    }
    Ok(server)
}
