//! Every resource of the platform as an accessor with the official SDK's five calls —
//! `get_all(params)`, `get_by_id(id)`, `create(body)`, `update(id, body)`, `delete(id)` — plus
//! `stream(params)`, a pagination stream over limit/offset. The calls are written once, in the
//! `resource!` macro, over the generated operations; each accessor only names its operations,
//! its list filters and how it is scoped (tools by owner, app bots by app, permission families
//! by org or user).
//!
//! Callers get payloads, not envelopes: one record, or a [`ListPage`] with the items and the
//! server's `paging` (for the total).

use std::fmt;

use futures::Stream;

use super::client::{acknowledged, Mosaia};
use super::types::{self, ToolOwnerKind};
use crate::pagination::{offset_stream_from, Page, PageRequest};
use crate::{Error, ErrorKind, Result};

/// Page size of the pagination streams when the parameters set no `limit`.
pub const DEFAULT_PAGE_SIZE: u64 = 50;

macro_rules! list_params {
    ($($(#[$doc:meta])* $field:ident: $ty:ty, $arg:ty;)*) => {
        /// Filters and paging of a list call (the official SDK's `params` dict). Each list
        /// operation supports some of them; setting one it does not support fails the call with
        /// [`ErrorKind::InvalidRequest`] before anything is sent.
        ///
        /// ```
        /// use agent_apis::mosaia::ListParams;
        /// let params = ListParams::new().limit(10).offset(0).search("john").active(true);
        /// assert_eq!(params.limit, Some(10));
        /// ```
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct ListParams {
            $($(#[$doc])* pub $field: Option<$ty>,)*
        }

        impl ListParams {
            $(
                $(#[$doc])*
                pub fn $field(mut self, value: $arg) -> Self {
                    self.$field = Some(value.into());
                    self
                }
            )*

            /// The names of the filters that are set.
            fn set_filters(&self) -> impl Iterator<Item = &'static str> {
                [$((stringify!($field), self.$field.is_some())),*]
                    .into_iter()
                    .filter_map(|(name, set)| set.then_some(name))
            }
        }
    };
}

list_params! {
    /// Full-text query (`q`).
    q: String, impl Into<String>;
    /// Page size (`limit`); a stream's page size.
    limit: u64, u64;
    /// Items to skip (`offset`); where a stream starts.
    offset: u64, u64;
    /// Comma-separated tags (`tags`).
    tags: String, impl Into<String>;
    /// Only active or inactive records (`active`).
    active: bool, bool;
    /// Only records with this external id (`external_id`).
    external_id: String, impl Into<String>;
    /// Search text (`search`).
    search: String, impl Into<String>;
    /// Kind of search, e.g. `chat` (`search_type`; agents).
    search_type: String, impl Into<String>;
    /// Only public or private records (`public`; agents, agent groups, models).
    public: bool, bool;
    /// Only models of this provider (`provider`; models).
    provider: String, impl Into<String>;
    /// Only records of this organization (`org`; clients, wallets, meters, permissions).
    org: String, impl Into<String>;
    /// Only records of this user (`user`; clients, wallets, meters, permissions).
    user: String, impl Into<String>;
    /// Only records of this OAuth client (`client`; permissions).
    client: String, impl Into<String>;
    /// Only records of this type (`type`; meters).
    type_: String, impl Into<String>;
    /// Only the tool with this name (`name`; tools).
    name: String, impl Into<String>;
}

impl ListParams {
    /// No filters.
    pub fn new() -> Self {
        Self::default()
    }

    fn ensure_supported(&self, operation: &str, supported: &[&str]) -> Result<()> {
        match self.set_filters().find(|f| !supported.contains(f)) {
            None => Ok(()),
            Some(filter) => Err(Error::invalid_request(format!(
                "mosaia.{operation} has no `{filter}` filter (it supports: {})",
                supported.join(", ")
            ))),
        }
    }
}

/// One page of a list call: the items and the server's paging information.
#[derive(Clone, Debug)]
pub struct ListPage<T> {
    /// The records of this page.
    pub items: Vec<T>,
    /// Offset, limit, total and page numbers, when the server sent them.
    pub paging: Option<types::Paging>,
}

impl<T> ListPage<T> {
    /// The total number of matching records, when the server reported it.
    pub fn total(&self) -> Option<u64> {
        self.paging
            .as_ref()?
            .total
            .and_then(|t| u64::try_from(t).ok())
    }
}

impl<T> IntoIterator for ListPage<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

fn invalid_body(operation: &str, err: impl fmt::Display) -> Error {
    Error::invalid_request(format!("mosaia.{operation}: invalid body: {err}"))
}

/// Writes one accessor: its struct and the six calls over the generated operations.
///
/// `path` adapts each operation's builder to the accessor's scope (path parameters); the
/// optional `list_scope` / `create_scope` fill list filters or body fields from it; the optional
/// `deprecated` note marks the six calls `#[deprecated]` (operations the platform dropped).
macro_rules! resource {
    (
        $(#[$meta:meta])*
        $Acc:ident($Scope:ty) {
            item: $Item:ident, create: $Create:ident, update: $Update:ident,
            ops: [$list:ident, $get:ident, $create:ident, $update:ident, $delete:ident $(,)?],
            filters: [$($filter:ident),*],
            path: |$b:ident, $s:ident| $path:expr,
            $(list_scope: |$lp:ident, $ls:ident| $lscope:expr,)?
            $(create_scope: |$cb:ident, $cs:ident| $cscope:expr,)?
            $(deprecated: $dep:literal,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug)]
        pub struct $Acc {
            pub(super) client: Mosaia,
            scope: $Scope,
        }

        // Deprecated resources call their deprecated operations.
        #[allow(deprecated)]
        impl $Acc {
            pub(super) fn new(client: Mosaia, scope: $Scope) -> Self {
                Self { client, scope }
            }

            #[doc = concat!(
                "Lists one page (`", stringify!($list), "`) with the filters in `params` ",
                "(supported: ", $("`", stringify!($filter), "` ",)* ")."
            )]
            $(#[deprecated(since = "0.1.0", note = $dep)])?
            pub async fn get_all(&self, params: &ListParams) -> Result<ListPage<types::$Item>> {
                self.client.finish(async {
                    #[allow(unused_mut)]
                    let mut params = params.clone();
                    $({
                        let ($lp, $ls) = (&mut params, &self.scope);
                        $lscope?;
                    })?
                    params.ensure_supported(stringify!($list), &[$(stringify!($filter)),*])?;
                    let ($b, $s) = (self.client.api().$list(), &self.scope);
                    #[allow(unused_mut)]
                    let mut call = $path;
                    $(if let Some(value) = params.$filter.clone() {
                        call = call.$filter(value);
                    })*
                    let answer = call.send().await?.into_inner();
                    Ok(ListPage { items: answer.data, paging: answer.paging })
                }).await
            }

            #[doc = concat!(
                "Every record matching `params`, fetched page by page as the stream is read (`",
                stringify!($list), "`; pages of `params.limit`, default [`DEFAULT_PAGE_SIZE`], ",
                "from `params.offset`)."
            )]
            $(#[deprecated(since = "0.1.0", note = $dep)])?
            pub fn stream(
                &self,
                params: &ListParams,
            ) -> impl Stream<Item = Result<types::$Item>> + Send + 'static {
                let this = self.clone();
                all_pages(params, move |page| {
                    let this = this.clone();
                    // A deprecated accessor's stream calls its own deprecated `get_all`.
                    #[allow(deprecated)]
                    async move { this.get_all(&page).await }
                })
            }

            #[doc = concat!("Fetches one record by id (`", stringify!($get), "`).")]
            $(#[deprecated(since = "0.1.0", note = $dep)])?
            pub async fn get_by_id(&self, id: &str) -> Result<types::$Item> {
                self.client.finish(async {
                    let ($b, $s) = (self.client.api().$get(), &self.scope);
                    Ok($path.id(id).send().await?.into_inner().data)
                }).await
            }

            #[doc = concat!(
                "Creates a record (`", stringify!($create), "`) from a [`types::",
                stringify!($Create), "`] or its builder; answers the stored record."
            )]
            $(#[deprecated(since = "0.1.0", note = $dep)])?
            pub async fn create<B>(&self, body: B) -> Result<types::$Item>
            where
                B: TryInto<types::$Create>,
                B::Error: fmt::Display,
            {
                self.client.finish(async {
                    #[allow(unused_mut)]
                    let mut body: types::$Create =
                        body.try_into().map_err(|e| invalid_body(stringify!($create), e))?;
                    $({
                        let ($cb, $cs) = (&mut body, &self.scope);
                        $cscope?;
                    })?
                    let ($b, $s) = (self.client.api().$create(), &self.scope);
                    Ok($path.body(body).send().await?.into_inner().data)
                }).await
            }

            #[doc = concat!(
                "Updates the fields set in `body` (`", stringify!($update), "`, a [`types::",
                stringify!($Update), "`] or its builder); answers the updated record."
            )]
            $(#[deprecated(since = "0.1.0", note = $dep)])?
            pub async fn update<B>(&self, id: &str, body: B) -> Result<types::$Item>
            where
                B: TryInto<types::$Update>,
                B::Error: fmt::Display,
            {
                self.client.finish(async {
                    let body: types::$Update =
                        body.try_into().map_err(|e| invalid_body(stringify!($update), e))?;
                    let ($b, $s) = (self.client.api().$update(), &self.scope);
                    Ok($path.id(id).body(body).send().await?.into_inner().data)
                }).await
            }

            #[doc = concat!(
                "Deletes a record (`", stringify!($delete), "`). Any 2xx answer counts as done, ",
                "whatever its body."
            )]
            $(#[deprecated(since = "0.1.0", note = $dep)])?
            pub async fn delete(&self, id: &str) -> Result<()> {
                self.client.finish(async {
                    let ($b, $s) = (self.client.api().$delete(), &self.scope);
                    acknowledged($path.id(id).send().await)
                }).await
            }
        }
    };
}

resource! {
    /// Users (`client.users()`), plus a user's session ([`Users::get_session`]).
    Users(()) {
        item: User, create: CreateUserRequest, update: UpdateUserRequest,
        ops: [list_users, get_user, create_user, update_user, delete_user],
        filters: [q, limit, offset, tags, active, external_id, search],
        path: |b, _scope| b,
    }
}

resource! {
    /// Organizations (`client.organizations()`).
    Organizations(()) {
        item: Organization, create: CreateOrganizationRequest, update: UpdateOrganizationRequest,
        ops: [
            list_organizations, get_organization, create_organization,
            update_organization, delete_organization,
        ],
        filters: [q, limit, offset, tags, active, external_id, search],
        path: |b, _scope| b,
    }
}

resource! {
    /// Agents (`client.agents()`), with chat completions.
    Agents(()) {
        item: Agent, create: CreateAgentRequest, update: UpdateAgentRequest,
        ops: [list_agents, get_agent, create_agent, update_agent, delete_agent],
        filters: [q, limit, offset, tags, active, external_id, search, search_type, public],
        path: |b, _scope| b,
    }
}

resource! {
    /// Agent groups (`client.agent_groups()`), with chat completions. **Deprecated**: the
    /// official Node SDK removed agent groups in v0.0.26 (2025-12-03); there is no successor.
    AgentGroups(()) {
        item: AgentGroup, create: CreateAgentGroupRequest, update: UpdateAgentGroupRequest,
        ops: [
            list_agent_groups, get_agent_group, create_agent_group,
            update_agent_group, delete_agent_group,
        ],
        filters: [q, limit, offset, tags, active, external_id, search, public],
        path: |b, _scope| b,
        deprecated: "Mosaia dropped agent groups: the official Node SDK removed them in v0.0.26 \
            (2025-12-03, \"no longer supported\"); there is no successor",
    }
}

resource! {
    /// Models (`client.models()`), with chat completions.
    Models(()) {
        item: Model, create: CreateModelRequest, update: UpdateModelRequest,
        ops: [list_models, get_model, create_model, update_model, delete_model],
        filters: [q, limit, offset, tags, active, external_id, search, provider, public],
        path: |b, _scope| b,
    }
}

resource! {
    /// OAuth clients (`client.clients()`).
    Clients(()) {
        item: OAuthClient, create: CreateOAuthClientRequest, update: UpdateOAuthClientRequest,
        ops: [list_clients, get_client, create_client, update_client, delete_client],
        filters: [q, limit, offset, tags, active, external_id, search, org, user],
        path: |b, _scope| b,
    }
}

resource! {
    /// Wallets (`client.billing().wallets()`).
    Wallets(()) {
        item: Wallet, create: CreateWalletRequest, update: UpdateWalletRequest,
        ops: [list_wallets, get_wallet, create_wallet, update_wallet, delete_wallet],
        filters: [q, limit, offset, tags, active, external_id, org, user],
        path: |b, _scope| b,
    }
}

resource! {
    /// Usage meters (`client.billing().meters()`).
    Meters(()) {
        item: Meter, create: CreateMeterRequest, update: UpdateMeterRequest,
        ops: [list_meters, get_meter, create_meter, update_meter, delete_meter],
        filters: [q, limit, offset, tags, active, external_id, org, user, type_],
        path: |b, _scope| b,
    }
}

resource! {
    /// Access policies (`client.permissions().access_policies()`).
    AccessPolicies(()) {
        item: AccessPolicy, create: CreateAccessPolicyRequest, update: UpdateAccessPolicyRequest,
        ops: [
            list_access_policies, get_access_policy, create_access_policy,
            update_access_policy, delete_access_policy,
        ],
        filters: [q, limit, offset, tags, active, external_id, search],
        path: |b, _scope| b,
    }
}

resource! {
    /// Org permissions (`client.permissions().org_permissions()`): the `permission` resource
    /// with its `org` (list filter and body field) defaulting to the configured organization.
    OrgPermissions(Option<String>) {
        item: Permission, create: CreatePermissionRequest, update: UpdatePermissionRequest,
        ops: [
            list_permissions, get_permission, create_permission,
            update_permission, delete_permission,
        ],
        filters: [q, limit, offset, tags, active, external_id, org, user, client],
        path: |b, _scope| b,
        list_scope: |params, org| default_owner(&mut params.org, org, "org"),
        create_scope: |body, org| default_owner(&mut body.org, org, "org"),
    }
}

resource! {
    /// User permissions (`client.permissions().user_permissions()`): the `permission` resource
    /// with its `user` (list filter and body field) defaulting to the configured user.
    UserPermissions(Option<String>) {
        item: Permission, create: CreatePermissionRequest, update: UpdatePermissionRequest,
        ops: [
            list_permissions, get_permission, create_permission,
            update_permission, delete_permission,
        ],
        filters: [q, limit, offset, tags, active, external_id, org, user, client],
        path: |b, _scope| b,
        list_scope: |params, user| default_owner(&mut params.user, user, "user"),
        create_scope: |body, user| default_owner(&mut body.user, user, "user"),
    }
}

resource! {
    /// Apps (`client.apps()`).
    Apps(()) {
        item: App, create: CreateAppRequest, update: UpdateAppRequest,
        ops: [list_apps, get_app, create_app, update_app, delete_app],
        filters: [q, limit, offset, tags, active, external_id],
        path: |b, _scope| b,
    }
}

resource! {
    /// Tools of a user or an organization (`client.tools()`, `client.tools_of(kind, id)`):
    /// `/user/{user}/tool` or `/org/{org}/tool`.
    Tools(Option<(ToolOwnerKind, String)>) {
        item: Tool, create: CreateToolRequest, update: UpdateToolRequest,
        ops: [list_tools, get_tool, create_tool, update_tool, delete_tool],
        filters: [q, limit, offset, tags, active, external_id, name],
        path: |b, owner| {
            let (kind, id) = tool_owner(owner)?;
            b.owner_kind(kind.clone()).owner_id(id.as_str())
        },
    }
}

resource! {
    /// Bots of one app (`client.app_bots(app_id)`): `/app/{app_id}/bot`. **Deprecated**: the
    /// official Node SDK removed app bots in v0.0.25 (2025-11-25); app connectors
    /// (`/app/{id}/connector`) and app webhooks (`/app/{id}/hook`) replace them.
    AppBots(String) {
        item: AppBot, create: CreateAppBotRequest, update: UpdateAppBotRequest,
        ops: [list_app_bots, get_app_bot, create_app_bot, update_app_bot, delete_app_bot],
        filters: [q, limit, offset, tags, active, external_id],
        path: |b, app| b.app_id(app.as_str()),
        deprecated: "Mosaia dropped app bots: the official Node SDK removed them in v0.0.25 \
            (2025-11-25); successor: app connectors (/app/{id}/connector) and app webhooks \
            (/app/{id}/hook)",
    }
}

/// Fills `slot` with the configured owner when the caller left it empty.
fn default_owner(
    slot: &mut Option<String>,
    configured: &Option<String>,
    field: &str,
) -> Result<()> {
    if slot.is_none() {
        let owner = configured.clone().ok_or_else(|| {
            Error::invalid_request(format!(
                "mosaia: {field} permissions need a `{field}`: set it, or configure the client's {field}"
            ))
        })?;
        *slot = Some(owner);
    }
    Ok(())
}

fn tool_owner(owner: &Option<(ToolOwnerKind, String)>) -> Result<&(ToolOwnerKind, String)> {
    owner.as_ref().ok_or_else(|| {
        Error::new(
            ErrorKind::Configuration,
            "mosaia: tools live under a user or an organization; configure `user` or `org` \
             (MOSAIA_USER / MOSAIA_ORG) or use `tools_of`",
        )
    })
}

impl Users {
    /// Mints a session for the user `id` (`users.get_session(id)`, operation
    /// `get_user_session`). The tokens are [`Secret`](crate::Secret)s.
    ///
    /// **Deprecated**: the official Node SDK stopped calling `GET /user/{id}/session` in v0.0.12
    /// (2025-07-30); its successor is the org-member session
    /// `GET /org/{org}/user/{org_user}/session`.
    #[deprecated(
        since = "0.1.0",
        note = "the official Node SDK stopped calling GET /user/{id}/session in v0.0.12 \
            (2025-07-30); successor: the org-member session GET /org/{org}/user/{org_user}/session"
    )]
    #[allow(deprecated)] // calls the deprecated operation it stands for
    pub async fn get_session(&self, id: &str) -> Result<types::UserSession> {
        self.client
            .finish(async {
                Ok(self
                    .client
                    .api()
                    .get_user_session()
                    .id(id)
                    .send()
                    .await?
                    .into_inner()
                    .data)
            })
            .await
    }
}

impl Tools {
    /// The tool named `name`, if there is one (`tools.get_by_name(name)`: `list_tools` with the
    /// `name` filter).
    pub async fn get_by_name(&self, name: &str) -> Result<Option<types::Tool>> {
        let page = self.get_all(&ListParams::new().name(name)).await?;
        Ok(page.items.into_iter().next())
    }
}

/// Supported filters of [`UnscopedTools::get_all`].
const UNSCOPED_TOOL_FILTERS: &[&str] = &["q", "limit", "offset", "tags", "active", "external_id"];

/// The tools list without an owner scope (`client.unscoped_tools()`): `GET /tool`, the list of
/// the official Node SDK's default `mosaia.tools` collection. [`Tools`] is the owner-scoped one.
#[derive(Clone, Debug)]
pub struct UnscopedTools {
    client: Mosaia,
}

impl UnscopedTools {
    pub(super) fn new(client: Mosaia) -> Self {
        Self { client }
    }

    /// Lists one page (`list_unscoped_tools`) with the filters in `params` (supported: `q`
    /// `limit` `offset` `tags` `active` `external_id`).
    pub async fn get_all(&self, params: &ListParams) -> Result<ListPage<types::Tool>> {
        self.client
            .finish(async {
                params.ensure_supported("list_unscoped_tools", UNSCOPED_TOOL_FILTERS)?;
                let mut call = self.client.api().list_unscoped_tools();
                if let Some(v) = params.q.clone() {
                    call = call.q(v);
                }
                if let Some(v) = params.limit {
                    call = call.limit(v);
                }
                if let Some(v) = params.offset {
                    call = call.offset(v);
                }
                if let Some(v) = params.tags.clone() {
                    call = call.tags(v);
                }
                if let Some(v) = params.active {
                    call = call.active(v);
                }
                if let Some(v) = params.external_id.clone() {
                    call = call.external_id(v);
                }
                let answer = call.send().await?.into_inner();
                Ok(ListPage {
                    items: answer.data,
                    paging: answer.paging,
                })
            })
            .await
    }

    /// Every tool matching `params`, fetched page by page as the stream is read
    /// (`list_unscoped_tools`; pages of `params.limit`, default [`DEFAULT_PAGE_SIZE`], from
    /// `params.offset`).
    pub fn stream(
        &self,
        params: &ListParams,
    ) -> impl Stream<Item = Result<types::Tool>> + Send + 'static {
        let this = self.clone();
        all_pages(params, move |page| {
            let this = this.clone();
            async move { this.get_all(&page).await }
        })
    }
}

/// Every record `list` finds for `params`, one page at a time as the stream is read: pages of
/// `params.limit` (default [`DEFAULT_PAGE_SIZE`]) from `params.offset`, filters kept. Shared by
/// every accessor's `stream`.
fn all_pages<T, F, Fut>(
    params: &ListParams,
    list: F,
) -> impl Stream<Item = Result<T>> + Send + 'static
where
    T: Send + 'static,
    F: Fn(ListParams) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = Result<ListPage<T>>> + Send + 'static,
{
    let params = params.clone();
    let start = params.offset.unwrap_or(0);
    let size = params.limit.unwrap_or(DEFAULT_PAGE_SIZE);
    offset_stream_from(start, size, move |page: PageRequest| {
        let listed = list(params.clone().offset(page.offset).limit(page.limit));
        async move {
            let listed = listed.await?;
            Ok(Page {
                total: listed.total(),
                items: listed.items,
            })
        }
    })
}

/// Billing (`client.billing()`): wallets and meters.
#[derive(Clone, Debug)]
pub struct Billing {
    client: Mosaia,
}

impl Billing {
    pub(super) fn new(client: Mosaia) -> Self {
        Self { client }
    }

    /// Wallets (`billing.get_wallets`, `get_wallet`, `create_wallet`, ...).
    pub fn wallets(&self) -> Wallets {
        Wallets::new(self.client.clone(), ())
    }

    /// Usage meters (`billing.get_meters`, `get_meter`, `create_meter`, ...).
    pub fn meters(&self) -> Meters {
        Meters::new(self.client.clone(), ())
    }
}

/// Permissions (`client.permissions()`): access policies, and the two families of the
/// `permission` resource.
#[derive(Clone, Debug)]
pub struct Permissions {
    client: Mosaia,
}

impl Permissions {
    pub(super) fn new(client: Mosaia) -> Self {
        Self { client }
    }

    /// Access policies (`permissions.get_access_policies`, ...).
    pub fn access_policies(&self) -> AccessPolicies {
        AccessPolicies::new(self.client.clone(), ())
    }

    /// Org permissions (`permissions.get_org_permissions`, ...), defaulting to the configured
    /// organization.
    pub fn org_permissions(&self) -> OrgPermissions {
        OrgPermissions::new(self.client.clone(), self.client.config().org.clone())
    }

    /// User permissions (`permissions.get_user_permissions`, ...), defaulting to the configured
    /// user.
    pub fn user_permissions(&self) -> UserPermissions {
        UserPermissions::new(self.client.clone(), self.client.config().user.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsupported_filters_are_named() {
        let p = ListParams::new().limit(5).provider("openai");
        assert!(p
            .ensure_supported("list_models", &["limit", "provider"])
            .is_ok());
        let err = p
            .ensure_supported("list_agents", &["limit", "search"])
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidRequest);
        assert!(err.message().contains("`provider`"), "{}", err.message());
    }

    #[test]
    fn owners_default_only_when_unset() {
        let mut slot = None;
        default_owner(&mut slot, &Some("org-1".into()), "org").unwrap();
        assert_eq!(slot.as_deref(), Some("org-1"));
        let mut slot = Some("org-2".to_string());
        default_owner(&mut slot, &Some("org-1".into()), "org").unwrap();
        assert_eq!(slot.as_deref(), Some("org-2"));
        assert!(default_owner(&mut None, &None, "user").is_err());
    }
}
