//! The optional filters of the Clink read operations, as plain structs with public fields
//! (`..Default::default()` fills the rest): [`ClinksQuery`] for `get_clinks`, [`InboxQuery`]
//! for `check_inbox`, and [`ListQuery`] for the milestone, project and proposal lists.

use super::types::{ClinkStatus, MilestoneStatus, ProjectStatus, ProposalStatus};
use super::{builder, ClinkClient};
use crate::{Result, Timestamp};

/// Calls each setter of a generated builder whose value is `Some`.
macro_rules! set_some {
    ($builder:expr; $($setter:ident = $value:expr),+ $(,)?) => {{
        let mut b = $builder;
        $(if let Some(v) = $value {
            b = b.$setter(v);
        })+
        b
    }};
}
pub(super) use set_some;

/// Filters of [`ClinkClient::get_clinks`]; every field is optional (server defaults apply).
#[derive(Clone, Debug, Default)]
pub struct ClinksQuery {
    /// Only clinks of this group: a UUID or a slug.
    pub group: Option<String>,
    /// Only clinks created after this time.
    pub since: Option<Timestamp>,
    /// At most this many (server default 50, maximum 100).
    pub limit: Option<i64>,
    /// Only clinks in this status.
    pub status: Option<ClinkStatus>,
    /// Only clinks addressed to the caller or to nobody.
    pub for_me: Option<bool>,
    /// Only clinks the caller has not read.
    pub unread_only: Option<bool>,
    /// Mark the returned clinks as read.
    pub mark_read: Option<bool>,
}

impl ClinksQuery {
    /// The generated request for these filters, with the group resolved to its UUID.
    pub(super) async fn request<'a>(
        &self,
        clink: &'a ClinkClient,
    ) -> Result<builder::GetClinks<'a>> {
        let group = match &self.group {
            Some(g) => Some(clink.resolve_group(g).await?),
            None => None,
        };
        Ok(set_some!(clink.raw().get_clinks();
            group_id = group,
            since = self.since.clone(),
            limit = self.limit,
            status = self.status.clone(),
            for_me = self.for_me,
            unread_only = self.unread_only,
            mark_read = self.mark_read,
        ))
    }
}

/// Filters of [`ClinkClient::check_inbox`]; unset fields take the server's defaults
/// (`status=pending`, `for_me=true`, `limit=10`).
#[derive(Clone, Debug, Default)]
pub struct InboxQuery {
    /// Only clinks in this status.
    pub status: Option<ClinkStatus>,
    /// Only clinks addressed to the caller or to nobody.
    pub for_me: Option<bool>,
    /// Claim the returned pending clinks in the same call (server-side, default timeout).
    /// Prefer [`ClinkClient::claim_clink`] or [`ClinkClient::watch_inbox_claiming`], which give
    /// [`Claim`](super::Claim) handles that cannot be forgotten.
    pub claim: Option<bool>,
    /// At most this many.
    pub limit: Option<i64>,
    /// Only clinks created after this time.
    pub since: Option<Timestamp>,
}

impl InboxQuery {
    /// The generated request for these filters.
    pub(super) fn request<'a>(&self, client: &'a super::Client) -> builder::CheckInbox<'a> {
        set_some!(client.check_inbox();
            status = self.status.clone(),
            for_me = self.for_me,
            claim = self.claim,
            limit = self.limit,
            since = self.since.clone(),
        )
    }
}

/// Filters of the list operations that take a status and a limit: `S` is
/// [`MilestoneStatus`], [`ProjectStatus`] or [`ProposalStatus`].
#[derive(Clone, Debug)]
pub struct ListQuery<S> {
    /// Only items in this status (default: all).
    pub status: Option<S>,
    /// At most this many (server defaults: 20 milestones or proposals, 50 projects).
    pub limit: Option<i64>,
}

impl<S> Default for ListQuery<S> {
    fn default() -> Self {
        Self {
            status: None,
            limit: None,
        }
    }
}

impl<S> ListQuery<S> {
    /// Only items in `status`.
    pub fn status(status: S) -> Self {
        Self {
            status: Some(status),
            limit: None,
        }
    }

    /// At most `limit` items.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }
}

/// Applies a [`ListQuery`] to the generated builders that take `status` and `limit`.
macro_rules! list_query_applies_to {
    ($($builder:ident: $status:ty),+ $(,)?) => {$(
        impl ListQuery<$status> {
            pub(super) fn apply<'a>(&self, b: builder::$builder<'a>) -> builder::$builder<'a> {
                set_some!(b; status = self.status.clone(), limit = self.limit)
            }
        }
    )+};
}

list_query_applies_to! {
    ListMilestones: MilestoneStatus,
    ListProjects: ProjectStatus,
    ListProposals: ProposalStatus,
}

impl ListQuery<MilestoneStatus> {
    /// The same filters on `list_project_milestones`.
    pub(super) fn apply_project<'a>(
        &self,
        b: builder::ListProjectMilestones<'a>,
    ) -> builder::ListProjectMilestones<'a> {
        set_some!(b; status = self.status.clone(), limit = self.limit)
    }
}
