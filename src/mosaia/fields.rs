//! Readers for record fields the platform renamed. The schemas carry both names as optional
//! fields (the official Node SDK 0.0.52+ name is the main one, the older name stays because
//! servers may still send it); these readers take the current name first and fall back to the
//! older one, so a caller does not have to know which server revision answered.
//!
//! ```
//! use agent_apis::mosaia::types::Agent;
//! let old: Agent = serde_json::from_value(serde_json::json!({
//!     "short_description": "Answers questions", "system_prompt": "Be brief.", "model": "m-1"
//! })).unwrap();
//! let new: Agent = serde_json::from_value(serde_json::json!({
//!     "description": "Answers questions", "system_message": "Be brief.", "model": ["m-1", "m-2"]
//! })).unwrap();
//! assert_eq!(old.description_text(), new.description_text());
//! assert_eq!(old.system_message_text(), Some("Be brief."));
//! assert_eq!(new.model_ids(), ["m-1", "m-2"]);
//! assert_eq!(old.model_ids(), ["m-1"]);
//! ```

use super::types;
use crate::Secret;

/// The first of `current` and `older` that is set.
#[inline]
fn either<'a>(current: &'a Option<String>, older: &'a Option<String>) -> Option<&'a str> {
    current.as_deref().or(older.as_deref())
}

impl types::Agent {
    /// `description`, else the older `short_description`.
    #[inline]
    pub fn description_text(&self) -> Option<&str> {
        either(&self.description, &self.short_description)
    }

    /// `system_message`, else the older `system_prompt`.
    #[inline]
    pub fn system_message_text(&self) -> Option<&str> {
        either(&self.system_message, &self.system_prompt)
    }

    /// The agent's model ids in priority order: `model` as a list (current), or the one id the
    /// older string form names. Entries that are not strings are skipped.
    #[inline]
    pub fn model_ids(&self) -> Vec<String> {
        match &self.model {
            Some(serde_json::Value::String(id)) => vec![id.clone()],
            Some(serde_json::Value::Array(ids)) => ids
                .iter()
                .filter_map(|id| id.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        }
    }
}

impl types::Organization {
    /// `description`, else the older `short_description`.
    #[inline]
    pub fn description_text(&self) -> Option<&str> {
        either(&self.description, &self.short_description)
    }
}

impl types::Model {
    /// `description`, else the older `short_description`.
    #[inline]
    pub fn description_text(&self) -> Option<&str> {
        either(&self.description, &self.short_description)
    }

    /// The upstream model identifier: `model`, else the older `model_id`.
    #[inline]
    pub fn upstream_model(&self) -> Option<&str> {
        either(&self.model, &self.model_id)
    }
}

impl types::OAuthClient {
    /// The client secret `create_client` returns once: `secret` (current), else the older
    /// `client_secret`. Reads never carry it.
    #[inline]
    pub fn one_time_secret(&self) -> Option<&Secret> {
        self.secret.as_ref().or(self.client_secret.as_ref())
    }

    /// The OAuth client id: the older `client_id` when the server sent one, else `name` (which
    /// is the client id since the Node SDK 0.0.52).
    #[inline]
    pub fn oauth_client_id(&self) -> Option<&str> {
        either(&self.client_id, &self.name)
    }

    /// The allowed redirect URIs: `oauth.authorized_redirect_uris` (current), else the older
    /// `redirect_uris`.
    #[inline]
    pub fn authorized_redirect_uris(&self) -> &[String] {
        match &self.oauth {
            Some(oauth) if !oauth.authorized_redirect_uris.is_empty() => {
                &oauth.authorized_redirect_uris
            }
            _ => &self.redirect_uris,
        }
    }
}

impl types::Wallet {
    /// The balance in US dollars: `usd_balance` (current), else the older `balance` when its
    /// `currency` is absent or `USD` (case-insensitive).
    #[inline]
    pub fn balance_usd(&self) -> Option<f64> {
        self.usd_balance.or_else(|| match self.currency.as_deref() {
            None => self.balance,
            Some(c) if c.eq_ignore_ascii_case("usd") => self.balance,
            Some(_) => None,
        })
    }
}

impl types::Tool {
    /// The tool's input JSON Schema as an object: `tool_schema` as an object (current), or the
    /// older JSON-string form parsed. `None` when absent or not a JSON object.
    #[inline]
    pub fn tool_schema_object(&self) -> Option<serde_json::Map<String, serde_json::Value>> {
        match self.tool_schema.as_ref()? {
            serde_json::Value::Object(schema) => Some(schema.clone()),
            serde_json::Value::String(text) => match serde_json::from_str(text).ok()? {
                serde_json::Value::Object(schema) => Some(schema),
                _ => None,
            },
            _ => None,
        }
    }
}
