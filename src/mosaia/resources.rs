//! The official SDK's resource style as thin aliases: `client.agents().get_all()` **is**
//! `client.list_agents()` — every alias is one line that returns the generated request builder,
//! so setters, `send()`, `send_with_response()` and `stream()` are the operation's own.
//!
//! | alias | operation |
//! | --- | --- |
//! | `get_all()` | `list_<x>()` |
//! | `get_by_id(id)` | `get_<x>().id(id)` |
//! | `create()` | `create_<x>()` |
//! | `update(id)` | `update_<x>().id(id)` |
//! | `delete(id)` | `delete_<x>().id(id)` |
//!
//! What the aliases add is the configured scope the seed applies: `client.tools()` lives under
//! the configured user (else organization), `client.permissions().get_org_permissions()` and
//! its siblings fill `org` / `user` from the configuration. A scope that is not configured
//! fails the request with [`ErrorKind::InvalidRequest`](crate::ErrorKind::InvalidRequest)
//! before anything is sent (set it on the builder, or configure it).

use std::fmt;

use super::builders;
use super::client::Client;
use super::types::{self, ToolOwnerKind};
use crate::Result;

/// Writes one alias struct with the seed's five calls over the generated operations.
macro_rules! resource_aliases {
    (
        $(#[$meta:meta])*
        $Acc:ident, $accessor:ident, $seed:literal {
            $list:ident => $List:ident,
            $get:ident => $Get:ident,
            $create:ident => $Create:ident,
            $update:ident => $Update:ident,
            $delete:ident => $Delete:ident $(,)?
        }
        $(deprecated: $dep:literal)?
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug)]
        pub struct $Acc<'a> {
            client: &'a Client,
        }

        impl Client {
            #[doc = concat!(
                "The seed's `client.", $seed, "`: aliases of the `", stringify!($list), "`, `",
                stringify!($get), "`, ... operations ([`", stringify!($Acc), "`])."
            )]
            $(#[deprecated(since = "0.1.0", note = $dep)])?
            #[inline]
            pub fn $accessor(&self) -> $Acc<'_> {
                $Acc { client: self }
            }
        }

        // Deprecated resources alias deprecated operations.
        #[allow(deprecated)]
        impl<'a> $Acc<'a> {
            #[doc = concat!("Alias of [`Client::", stringify!($list), "`] (`", $seed, ".get_all`).")]
            $(#[deprecated(since = "0.1.0", note = $dep)])?
            #[inline]
            pub fn get_all(&self) -> builders::$List<'a> {
                self.client.$list()
            }

            #[doc = concat!(
                "Alias of [`Client::", stringify!($get), "`]`.id(id)` (`", $seed, ".get_by_id`)."
            )]
            $(#[deprecated(since = "0.1.0", note = $dep)])?
            #[inline]
            pub fn get_by_id(&self, id: &str) -> builders::$Get<'a> {
                self.client.$get().id(id)
            }

            #[doc = concat!(
                "Alias of [`Client::", stringify!($create), "`] (`", $seed, ".create`)."
            )]
            $(#[deprecated(since = "0.1.0", note = $dep)])?
            #[inline]
            pub fn create(&self) -> builders::$Create<'a> {
                self.client.$create()
            }

            #[doc = concat!(
                "Alias of [`Client::", stringify!($update), "`]`.id(id)` (`", $seed, ".update`)."
            )]
            $(#[deprecated(since = "0.1.0", note = $dep)])?
            #[inline]
            pub fn update(&self, id: &str) -> builders::$Update<'a> {
                self.client.$update().id(id)
            }

            #[doc = concat!(
                "Alias of [`Client::", stringify!($delete), "`]`.id(id)` (`", $seed, ".delete`)."
            )]
            $(#[deprecated(since = "0.1.0", note = $dep)])?
            #[inline]
            pub fn delete(&self, id: &str) -> builders::$Delete<'a> {
                self.client.$delete().id(id)
            }
        }
    };
}

resource_aliases! {
    /// Users (`client.users()`): aliases of the `*_user` operations.
    Users, users, "users" {
        list_users => ListUsers,
        get_user => GetUser,
        create_user => CreateUser,
        update_user => UpdateUser,
        delete_user => DeleteUser,
    }
}

resource_aliases! {
    /// Organizations (`client.organizations()`): aliases of the `*_organization` operations.
    Organizations, organizations, "organizations" {
        list_organizations => ListOrganizations,
        get_organization => GetOrganization,
        create_organization => CreateOrganization,
        update_organization => UpdateOrganization,
        delete_organization => DeleteOrganization,
    }
}

resource_aliases! {
    /// Agents (`client.agents()`): aliases of the `*_agent` operations and the agent chat.
    Agents, agents, "agents" {
        list_agents => ListAgents,
        get_agent => GetAgent,
        create_agent => CreateAgent,
        update_agent => UpdateAgent,
        delete_agent => DeleteAgent,
    }
}

resource_aliases! {
    /// Agent groups (`client.agent_groups()`). **Deprecated**: the official Node SDK removed
    /// agent groups in v0.0.26 (2025-12-03); there is no successor.
    AgentGroups, agent_groups, "agent_groups" {
        list_agent_groups => ListAgentGroups,
        get_agent_group => GetAgentGroup,
        create_agent_group => CreateAgentGroup,
        update_agent_group => UpdateAgentGroup,
        delete_agent_group => DeleteAgentGroup,
    }
    deprecated: "Mosaia dropped agent groups: the official Node SDK removed them in v0.0.26 \
        (2025-12-03, \"no longer supported\"); there is no successor"
}

resource_aliases! {
    /// Models (`client.models()`): aliases of the `*_model` operations and the model chat.
    Models, models, "models" {
        list_models => ListModels,
        get_model => GetModel,
        create_model => CreateModel,
        update_model => UpdateModel,
        delete_model => DeleteModel,
    }
}

resource_aliases! {
    /// OAuth clients (`client.clients()`): aliases of the `*_client` operations.
    Clients, clients, "clients" {
        list_clients => ListClients,
        get_client => GetClient,
        create_client => CreateClient,
        update_client => UpdateClient,
        delete_client => DeleteClient,
    }
}

resource_aliases! {
    /// Apps (`client.apps()`): aliases of the `*_app` operations.
    Apps, apps, "apps" {
        list_apps => ListApps,
        get_app => GetApp,
        create_app => CreateApp,
        update_app => UpdateApp,
        delete_app => DeleteApp,
    }
}

impl<'a> Agents<'a> {
    /// Alias of [`Client::agent_chat_completion`]`.id(agent_id).model(agent_id)` (the seed's
    /// `agents.chat_completion`, which names the agent in `model`).
    #[inline]
    pub fn chat_completion(&self, agent_id: &str) -> builders::AgentChatCompletion<'a> {
        self.client
            .agent_chat_completion()
            .id(agent_id)
            .model(agent_id)
    }

    /// Alias of [`Client::agent_chat_completion`]`.id(agent_id).model(agent_id).type_("async")`
    /// (the seed's `agents.async_chat_completion`).
    #[inline]
    pub fn async_chat_completion(&self, agent_id: &str) -> builders::AgentChatCompletion<'a> {
        self.chat_completion(agent_id).type_("async")
    }
}

#[allow(deprecated)] // the alias of a deprecated operation
impl<'a> AgentGroups<'a> {
    /// Alias of [`Client::agent_group_chat_completion`]`.id(group_id).model(group_id)` (the
    /// seed's `agent_groups.chat_completion`). **Deprecated** with agent groups.
    #[deprecated(
        since = "0.1.0",
        note = "Mosaia dropped agent groups: the official Node SDK removed them in v0.0.26 \
            (2025-12-03, \"no longer supported\"); there is no successor"
    )]
    #[inline]
    pub fn chat_completion(&self, group_id: &str) -> builders::AgentGroupChatCompletion<'a> {
        self.client
            .agent_group_chat_completion()
            .id(group_id)
            .model(group_id)
    }
}

impl<'a> Models<'a> {
    /// Alias of [`Client::model_chat_completion`]`.id(model_id).model(model_id)` (the seed's
    /// `models.chat_completion`).
    #[inline]
    pub fn chat_completion(&self, model_id: &str) -> builders::ModelChatCompletion<'a> {
        self.client
            .model_chat_completion()
            .id(model_id)
            .model(model_id)
    }
}

impl<'a> Users<'a> {
    /// Alias of [`Client::get_user_session`]`.id(id)` (the seed's `users.get_session(id)`). The
    /// tokens are [`Secret`](crate::Secret)s.
    ///
    /// **Deprecated**: the official Node SDK stopped calling `GET /user/{id}/session` in
    /// v0.0.12 (2025-07-30); its successor is the org-member session
    /// `GET /org/{org}/user/{org_user}/session`.
    #[deprecated(
        since = "0.1.0",
        note = "the official Node SDK stopped calling GET /user/{id}/session in v0.0.12 \
            (2025-07-30); successor: the org-member session GET /org/{org}/user/{org_user}/session"
    )]
    #[allow(deprecated)] // the alias of a deprecated operation
    #[inline]
    pub fn get_session(&self, id: &str) -> builders::GetUserSession<'a> {
        self.client.get_user_session().id(id)
    }
}

/// A configured scope (user or organization) that a request needs; converting an unset one
/// fails the request with `InvalidRequest` before it is sent.
#[derive(Clone, Debug)]
struct Scope {
    field: &'static str,
    value: Option<String>,
}

/// Why a scope is missing.
#[derive(Debug)]
struct MissingScope(&'static str);

impl fmt::Display for MissingScope {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = self.0;
        write!(
            f,
            "mosaia: no `{field}`: set it on the request, or configure the client's {field}"
        )
    }
}

impl TryFrom<Scope> for String {
    type Error = MissingScope;
    #[inline]
    fn try_from(scope: Scope) -> std::result::Result<String, MissingScope> {
        scope.value.ok_or(MissingScope(scope.field))
    }
}

/// The owner of `client.tools()`: the configured user, else the configured organization.
#[derive(Clone, Debug)]
struct ToolOwner(Option<(ToolOwnerKind, String)>);

impl TryFrom<ToolOwner> for ToolOwnerKind {
    type Error = MissingScope;
    #[inline]
    fn try_from(owner: ToolOwner) -> std::result::Result<ToolOwnerKind, MissingScope> {
        owner.0.map(|(kind, _)| kind).ok_or(MissingScope("user"))
    }
}

impl TryFrom<ToolOwner> for String {
    type Error = MissingScope;
    #[inline]
    fn try_from(owner: ToolOwner) -> std::result::Result<String, MissingScope> {
        owner.0.map(|(_, id)| id).ok_or(MissingScope("user"))
    }
}

/// Tools of a user or an organization (`client.tools()`, `client.tools_of(kind, id)`):
/// aliases of the `*_tool` operations with `owner_kind` and `owner_id` filled in
/// (`/user/{user}/tool` or `/org/{org}/tool`).
#[derive(Clone, Debug)]
pub struct Tools<'a> {
    client: &'a Client,
    owner: ToolOwner,
}

impl Client {
    /// The seed's `client.tools`: tools of the configured user, or else of the configured
    /// organization. With neither configured, their requests fail with
    /// [`ErrorKind::InvalidRequest`](crate::ErrorKind::InvalidRequest) before anything is sent.
    /// [`Client::list_unscoped_tools`] (`GET /tool`) is the list without an owner.
    #[inline]
    pub fn tools(&self) -> Tools<'_> {
        let config = self.config();
        let owner = match (config.user(), config.org()) {
            (Some(user), _) => Some((ToolOwnerKind::User, user.to_string())),
            (None, Some(org)) => Some((ToolOwnerKind::Org, org.to_string())),
            (None, None) => None,
        };
        Tools {
            client: self,
            owner: ToolOwner(owner),
        }
    }

    /// Tools of an explicit owner: `tools_of(ToolOwnerKind::Org, "org-id")`.
    #[inline]
    pub fn tools_of(&self, kind: ToolOwnerKind, owner_id: impl Into<String>) -> Tools<'_> {
        Tools {
            client: self,
            owner: ToolOwner(Some((kind, owner_id.into()))),
        }
    }
}

impl<'a> Tools<'a> {
    /// Alias of [`Client::list_tools`] with the owner filled in (`tools.get_all`).
    #[inline]
    pub fn get_all(&self) -> builders::ListTools<'a> {
        let owner = &self.owner;
        self.client
            .list_tools()
            .owner_kind(owner.clone())
            .owner_id(owner.clone())
    }

    /// Alias of [`Client::get_tool`]`.id(id)` with the owner filled in (`tools.get_by_id`).
    #[inline]
    pub fn get_by_id(&self, id: &str) -> builders::GetTool<'a> {
        let owner = &self.owner;
        self.client
            .get_tool()
            .owner_kind(owner.clone())
            .owner_id(owner.clone())
            .id(id)
    }

    /// Alias of [`Client::create_tool`] with the owner filled in (`tools.create`).
    #[inline]
    pub fn create(&self) -> builders::CreateTool<'a> {
        let owner = &self.owner;
        self.client
            .create_tool()
            .owner_kind(owner.clone())
            .owner_id(owner.clone())
    }

    /// Alias of [`Client::update_tool`]`.id(id)` with the owner filled in (`tools.update`).
    #[inline]
    pub fn update(&self, id: &str) -> builders::UpdateTool<'a> {
        let owner = &self.owner;
        self.client
            .update_tool()
            .owner_kind(owner.clone())
            .owner_id(owner.clone())
            .id(id)
    }

    /// Alias of [`Client::delete_tool`]`.id(id)` with the owner filled in (`tools.delete`).
    #[inline]
    pub fn delete(&self, id: &str) -> builders::DeleteTool<'a> {
        let owner = &self.owner;
        self.client
            .delete_tool()
            .owner_kind(owner.clone())
            .owner_id(owner.clone())
            .id(id)
    }

    /// The tool named `name`, if there is one (the seed's `tools.get_by_name(name)`:
    /// `list_tools` with the `name` filter, first item).
    #[inline]
    pub fn get_by_name(&self, name: &str) -> GetToolByName<'a> {
        GetToolByName {
            list: self.get_all().name(name),
        }
    }
}

/// The seed's `tools.get_by_name` ([`Tools::get_by_name`]); [`send`](Self::send) it.
#[must_use = "a request does nothing until it is sent"]
#[derive(Clone, Debug)]
pub struct GetToolByName<'a> {
    list: builders::ListTools<'a>,
}

impl GetToolByName<'_> {
    /// Lists with the `name` filter; answers the first tool, or `None`.
    #[inline]
    pub async fn send(self) -> Result<Option<types::Tool>> {
        Ok(self.list.send().await?.into_items().into_iter().next())
    }
}

/// Bots of one app (`client.app_bots(app_id)`): aliases of the `*_app_bot` operations with
/// `app_id` filled in (`/app/{app_id}/bot`). **Deprecated**: the official Node SDK removed app
/// bots in v0.0.25 (2025-11-25); app connectors (`/app/{id}/connector`) and app webhooks
/// (`/app/{id}/hook`) replace them.
#[derive(Clone, Debug)]
pub struct AppBots<'a> {
    client: &'a Client,
    app_id: String,
}

impl Client {
    /// The seed's `client.app_bots`, for the app `app_id` ([`AppBots`]).
    #[deprecated(
        since = "0.1.0",
        note = "Mosaia dropped app bots: the official Node SDK removed them in v0.0.25 \
            (2025-11-25); successor: app connectors (/app/{id}/connector) and app webhooks \
            (/app/{id}/hook)"
    )]
    #[inline]
    pub fn app_bots(&self, app_id: impl Into<String>) -> AppBots<'_> {
        AppBots {
            client: self,
            app_id: app_id.into(),
        }
    }
}

#[allow(deprecated)] // aliases of deprecated operations
impl<'a> AppBots<'a> {
    /// Alias of [`Client::list_app_bots`]`.app_id(..)` (`app_bots.get_all`). **Deprecated**.
    #[deprecated(since = "0.1.0", note = "Mosaia dropped app bots (Node SDK v0.0.25)")]
    #[inline]
    pub fn get_all(&self) -> builders::ListAppBots<'a> {
        self.client.list_app_bots().app_id(self.app_id.as_str())
    }

    /// Alias of [`Client::get_app_bot`]`.app_id(..).id(id)` (`app_bots.get_by_id`).
    /// **Deprecated**.
    #[deprecated(since = "0.1.0", note = "Mosaia dropped app bots (Node SDK v0.0.25)")]
    #[inline]
    pub fn get_by_id(&self, id: &str) -> builders::GetAppBot<'a> {
        self.client
            .get_app_bot()
            .app_id(self.app_id.as_str())
            .id(id)
    }

    /// Alias of [`Client::create_app_bot`]`.app_id(..)` (`app_bots.create`). **Deprecated**.
    #[deprecated(since = "0.1.0", note = "Mosaia dropped app bots (Node SDK v0.0.25)")]
    #[inline]
    pub fn create(&self) -> builders::CreateAppBot<'a> {
        self.client.create_app_bot().app_id(self.app_id.as_str())
    }

    /// Alias of [`Client::update_app_bot`]`.app_id(..).id(id)` (`app_bots.update`).
    /// **Deprecated**.
    #[deprecated(since = "0.1.0", note = "Mosaia dropped app bots (Node SDK v0.0.25)")]
    #[inline]
    pub fn update(&self, id: &str) -> builders::UpdateAppBot<'a> {
        self.client
            .update_app_bot()
            .app_id(self.app_id.as_str())
            .id(id)
    }

    /// Alias of [`Client::delete_app_bot`]`.app_id(..).id(id)` (`app_bots.delete`).
    /// **Deprecated**.
    #[deprecated(since = "0.1.0", note = "Mosaia dropped app bots (Node SDK v0.0.25)")]
    #[inline]
    pub fn delete(&self, id: &str) -> builders::DeleteAppBot<'a> {
        self.client
            .delete_app_bot()
            .app_id(self.app_id.as_str())
            .id(id)
    }
}

/// Billing (`client.billing()`): the seed's wallet and meter calls as aliases.
#[derive(Clone, Copy, Debug)]
pub struct Billing<'a> {
    client: &'a Client,
}

/// Permissions (`client.permissions()`): the seed's access-policy, org-permission and
/// user-permission calls as aliases; the org and user families fill `org` / `user` from the
/// configuration.
#[derive(Clone, Copy, Debug)]
pub struct Permissions<'a> {
    client: &'a Client,
}

impl Client {
    /// The seed's `client.billing`: wallets and usage meters ([`Billing`]).
    #[inline]
    pub fn billing(&self) -> Billing<'_> {
        Billing { client: self }
    }

    /// The seed's `client.permissions`: access policies, org and user permissions
    /// ([`Permissions`]).
    #[inline]
    pub fn permissions(&self) -> Permissions<'_> {
        Permissions { client: self }
    }
}

/// One-line aliases `$alias(args) -> builders::$B { self.client.$op()… }`.
macro_rules! aliases {
    ($Acc:ident { $(
        $(#[$doc:meta])*
        $alias:ident($($arg:ident),*) -> $B:ident = |$c:ident| $body:expr;
    )* }) => {
        impl<'a> $Acc<'a> {
            $(
                $(#[$doc])*
                #[inline]
                pub fn $alias(&self, $($arg: &str),*) -> builders::$B<'a> {
                    let $c = self;
                    $body
                }
            )*
        }
    };
}

aliases!(Billing {
    /// Alias of [`Client::list_wallets`] (`billing.get_wallets`).
    get_wallets() -> ListWallets = |s| s.client.list_wallets();
    /// Alias of [`Client::get_wallet`]`.id(id)` (`billing.get_wallet`).
    get_wallet(id) -> GetWallet = |s| s.client.get_wallet().id(id);
    /// Alias of [`Client::create_wallet`] (`billing.create_wallet`).
    create_wallet() -> CreateWallet = |s| s.client.create_wallet();
    /// Alias of [`Client::update_wallet`]`.id(id)` (`billing.update_wallet`).
    update_wallet(id) -> UpdateWallet = |s| s.client.update_wallet().id(id);
    /// Alias of [`Client::delete_wallet`]`.id(id)` (`billing.delete_wallet`).
    delete_wallet(id) -> DeleteWallet = |s| s.client.delete_wallet().id(id);
    /// Alias of [`Client::list_meters`] (`billing.get_meters`).
    get_meters() -> ListMeters = |s| s.client.list_meters();
    /// Alias of [`Client::get_meter`]`.id(id)` (`billing.get_meter`).
    get_meter(id) -> GetMeter = |s| s.client.get_meter().id(id);
    /// Alias of [`Client::create_meter`] (`billing.create_meter`).
    create_meter() -> CreateMeter = |s| s.client.create_meter();
    /// Alias of [`Client::update_meter`]`.id(id)` (`billing.update_meter`).
    update_meter(id) -> UpdateMeter = |s| s.client.update_meter().id(id);
    /// Alias of [`Client::delete_meter`]`.id(id)` (`billing.delete_meter`).
    delete_meter(id) -> DeleteMeter = |s| s.client.delete_meter().id(id);
});

impl Permissions<'_> {
    #[inline]
    fn org(&self) -> Scope {
        Scope {
            field: "org",
            value: self.client.config().org().map(str::to_string),
        }
    }

    #[inline]
    fn user(&self) -> Scope {
        Scope {
            field: "user",
            value: self.client.config().user().map(str::to_string),
        }
    }
}

aliases!(Permissions {
    /// Alias of [`Client::list_access_policies`] (`permissions.get_access_policies`).
    get_access_policies() -> ListAccessPolicies = |s| s.client.list_access_policies();
    /// Alias of [`Client::get_access_policy`]`.id(id)` (`permissions.get_access_policy`).
    get_access_policy(id) -> GetAccessPolicy = |s| s.client.get_access_policy().id(id);
    /// Alias of [`Client::create_access_policy`] (`permissions.create_access_policy`).
    create_access_policy() -> CreateAccessPolicy = |s| s.client.create_access_policy();
    /// Alias of [`Client::update_access_policy`]`.id(id)` (`permissions.update_access_policy`).
    update_access_policy(id) -> UpdateAccessPolicy = |s| s.client.update_access_policy().id(id);
    /// Alias of [`Client::delete_access_policy`]`.id(id)` (`permissions.delete_access_policy`).
    delete_access_policy(id) -> DeleteAccessPolicy = |s| s.client.delete_access_policy().id(id);
    /// Alias of [`Client::list_permissions`]`.org(<configured org>)`
    /// (`permissions.get_org_permissions`); `.org(..)` overrides it.
    get_org_permissions() -> ListPermissions = |s| s.client.list_permissions().org(s.org());
    /// Alias of [`Client::get_permission`]`.id(id)` (`permissions.get_org_permission`).
    get_org_permission(id) -> GetPermission = |s| s.client.get_permission().id(id);
    /// Alias of [`Client::create_permission`]`.org(<configured org>)`
    /// (`permissions.create_org_permission`; without a configured org, set `.org(..)`).
    create_org_permission() -> CreatePermission = |s| match s.client.config().org() {
        Some(org) => s.client.create_permission().org(org),
        None => s.client.create_permission(),
    };
    /// Alias of [`Client::update_permission`]`.id(id)` (`permissions.update_org_permission`).
    update_org_permission(id) -> UpdatePermission = |s| s.client.update_permission().id(id);
    /// Alias of [`Client::delete_permission`]`.id(id)` (`permissions.delete_org_permission`).
    delete_org_permission(id) -> DeletePermission = |s| s.client.delete_permission().id(id);
    /// Alias of [`Client::list_permissions`]`.user(<configured user>)`
    /// (`permissions.get_user_permissions`); `.user(..)` overrides it.
    get_user_permissions() -> ListPermissions = |s| s.client.list_permissions().user(s.user());
    /// Alias of [`Client::get_permission`]`.id(id)` (`permissions.get_user_permission`).
    get_user_permission(id) -> GetPermission = |s| s.client.get_permission().id(id);
    /// Alias of [`Client::create_permission`]`.user(<configured user>)`
    /// (`permissions.create_user_permission`; without a configured user, set `.user(..)`).
    create_user_permission() -> CreatePermission = |s| match s.client.config().user() {
        Some(user) => s.client.create_permission().user(user),
        None => s.client.create_permission(),
    };
    /// Alias of [`Client::update_permission`]`.id(id)` (`permissions.update_user_permission`).
    update_user_permission(id) -> UpdatePermission = |s| s.client.update_permission().id(id);
    /// Alias of [`Client::delete_permission`]`.id(id)` (`permissions.delete_user_permission`).
    delete_user_permission(id) -> DeletePermission = |s| s.client.delete_permission().id(id);
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_scope_names_the_field() {
        let set = Scope {
            field: "org",
            value: Some("org-1".into()),
        };
        assert_eq!(String::try_from(set).unwrap(), "org-1");
        let unset = Scope {
            field: "user",
            value: None,
        };
        let err = String::try_from(unset).unwrap_err().to_string();
        assert!(err.contains("`user`"), "{err}");
        assert!(ToolOwnerKind::try_from(ToolOwner(None)).is_err());
        assert_eq!(
            ToolOwnerKind::try_from(ToolOwner(Some((ToolOwnerKind::Org, "o".into())))).unwrap(),
            ToolOwnerKind::Org
        );
    }
}
