//! [`ClinkClient`]: the facade over the generated [`Client`], with one method per function of
//! the official Python client, under the same name, returning the payload.
//!
//! Each method is one generated call (group references resolved first, see
//! [`ClinkClient::resolve_group`]); the generated builders stay available through
//! [`ClinkClient::raw`] for anything the facade does not expose.

use std::fmt::Display;

use super::claim::Claim;
use super::envelope::payload;
use super::groups::SlugCache;
use super::hil::Outcome;
use super::outstanding::OutstandingClaims;
use super::queries::{ClinksQuery, InboxQuery, ListQuery};
use super::types::{
    self, AddCheckpointRequest, CreateMilestoneRequest, CreateProjectRequest,
    CreateProposalRequest, FeedbackCategory, MilestoneStatus, ProjectStatus, ProposalStatus,
    UpdateCheckpointRequest, UpdateMilestoneRequest, UpdateProjectRequest,
};
use super::Client;
use crate::transport::CallOptions;
use crate::{ErrorKind, Result};

/// The Clink facade. Cheap to clone; clones share the connection pool, the slug cache and the
/// register of outstanding claims (see [`release_claims`](Self::release_claims)).
///
/// Build one with [`ClinkClient::from_env`] or [`ClinkClient::builder`]. Methods that take a
/// group accept its UUID or its slug. Request bodies with several optional fields are the
/// generated types, given as the struct or as its builder
/// (`types::CreateMilestoneRequest::builder().title("v1").checkpoints(vec![...])`).
#[derive(Clone, Debug)]
pub struct ClinkClient {
    raw: Client,
    pub(super) slugs: SlugCache,
    claims: OutstandingClaims,
}

/// The empty JSON object that action endpoints take as their body.
fn empty() -> serde_json::Map<String, serde_json::Value> {
    serde_json::Map::new()
}

impl From<Client> for ClinkClient {
    fn from(raw: Client) -> Self {
        Self::new(raw)
    }
}

impl ClinkClient {
    /// Wraps a generated client (with an empty slug cache and no outstanding claims).
    pub fn new(raw: Client) -> Self {
        Self {
            raw,
            slugs: SlugCache::default(),
            claims: OutstandingClaims::default(),
        }
    }

    /// A handle to the same client whose calls apply `options` (timeout, retries, idempotency
    /// key, extra headers); it shares the connection pool, the slug cache and the outstanding
    /// claims.
    pub fn with_options(&self, options: CallOptions) -> Self {
        Self {
            raw: self.raw.with_options(options),
            slugs: self.slugs.clone(),
            claims: self.claims.clone(),
        }
    }

    /// The generated client: builder methods named after the operations, returning envelopes.
    pub fn raw(&self) -> &Client {
        &self.raw
    }

    /// The generated client, by value.
    pub fn into_raw(self) -> Client {
        self.raw
    }

    /// The `X-Clink-Session-Id` this client sends.
    pub fn session_id(&self) -> Option<&str> {
        let headers = &self.raw.inner.config().default_headers;
        headers
            .get(super::config::SESSION_HEADER)
            .and_then(|v| v.to_str().ok())
    }

    // ------------------------------------------------------------------ groups

    /// `list_groups()`: the groups the caller belongs to.
    pub async fn list_groups(&self) -> Result<Vec<types::Group>> {
        Ok(payload("list_groups", self.raw.list_groups().send())
            .await?
            .groups)
    }

    /// `get_group(group_id)`: one group, by UUID or slug.
    pub async fn get_group(&self, group: &str) -> Result<types::Group> {
        let id = self.resolve_group(group).await?;
        payload("get_group", self.raw.get_group().group_id(id).send()).await
    }

    /// `list_members(group_id)`: the members of a group.
    pub async fn list_members(&self, group: &str) -> Result<Vec<types::Member>> {
        let id = self.resolve_group(group).await?;
        Ok(
            payload("list_members", self.raw.list_members().group_id(id).send())
                .await?
                .members,
        )
    }

    // ------------------------------------------------------------------ clinks

    /// `get_clinks(...)`: clinks across the caller's groups or in one group.
    pub async fn get_clinks(&self, query: ClinksQuery) -> Result<Vec<types::Clink>> {
        let request = query.request(self).await?;
        Ok(payload("get_clinks", request.send()).await?.clinks)
    }

    /// `mark_read(group_ids)`: marks every clink of these groups (UUIDs or slugs) as read.
    /// The server's acknowledgement is undocumented, hence a free-form map (empty when absent).
    pub async fn mark_read(
        &self,
        groups: &[&str],
    ) -> Result<serde_json::Map<String, serde_json::Value>> {
        let ids = self.resolve_groups(groups).await?;
        let call = self
            .raw
            .mark_read()
            .body_map(|b| b.group_ids(ids))
            .send()
            .await?;
        Ok(call.into_inner().data.map(Into::into).unwrap_or_default())
    }

    /// `send_clink(group_id, content, for_recipient=)`: posts a clink (at most 4096 characters)
    /// to a group, optionally addressed to one user or agent profile.
    pub async fn send_clink(
        &self,
        group: &str,
        content: &str,
        for_recipient: Option<&str>,
    ) -> Result<types::Clink> {
        let id = self.resolve_group(group).await?;
        let body = types::SendClinkRequest {
            content: content.to_string(),
            for_: for_recipient.map(str::to_string),
        };
        payload(
            "send_clink",
            self.raw.send_clink().group_id(id).body(body).send(),
        )
        .await
    }

    // ------------------------------------------------------------------ inbox and claims

    /// `check_inbox(...)`: actionable clinks with their counts.
    pub async fn check_inbox(&self, query: InboxQuery) -> Result<types::Inbox> {
        payload("check_inbox", query.request(&self.raw).send()).await
    }

    /// `claim_clink(clink_id, timeout_seconds=)`: claims a clink for `timeout_seconds`
    /// (server default 300) and returns a [`Claim`] handle, which must be completed or
    /// released — dropping it releases the claim (see [`Claim`]).
    pub async fn claim_clink(&self, clink_id: &str, timeout_seconds: Option<i64>) -> Result<Claim> {
        let call = self
            .raw
            .claim_clink()
            .clink_id(clink_id)
            .body_map(|b| b.timeout_seconds(timeout_seconds));
        match payload("claim_clink", call.send()).await {
            Ok(clink) => Ok(Claim::new(self.claims.clone(), self.raw.clone(), clink)),
            Err(e) => {
                // The server may have granted a claim whose answer could not be read: give it
                // back rather than leave the clink locked until the claim times out.
                if e.kind() == ErrorKind::Decode {
                    if let Err(release_error) =
                        release(&self.raw, clink_id, CallOptions::new()).await
                    {
                        tracing::debug!(error = %release_error, "releasing an unreadable claim failed");
                    }
                }
                Err(e)
            }
        }
    }

    /// Releases every claim this client and its clones handed out that is still held —
    /// not completed, not released, not already being released by a dropped handle — and
    /// answers the ids of the clinks released. Call it before shutting down: afterwards
    /// dropping those [`Claim`] handles sends nothing more.
    ///
    /// The releases are sent concurrently, each bounded like a dropped handle's (30 s,
    /// retries included). A release that fails is logged (a `tracing` warning naming the
    /// clink id) and the claim stays outstanding: its handle's `Drop`, or the next call, tries
    /// again. If any failed, the error (of the first failure's kind) lists each failed id with
    /// its cause, and the ids that were released. Claims whose handle is at that moment in
    /// [`Claim::complete`] or [`Claim::release`] are left to that call. If this future is
    /// dropped before it finished, the releases it started are still sent, as a dropped
    /// handle's are.
    ///
    /// ```no_run
    /// # async fn demo(clink: agent_apis::clink::ClinkClient) -> agent_apis::Result<()> {
    /// let claim = clink.claim_clink("c-42", Some(600)).await?;
    /// let worker = tokio::spawn(async move {
    ///     // ... the work, which may still be running at shutdown
    ///     claim.complete(Some("done")).await
    /// });
    /// // On a shutdown signal, while the runtime still runs:
    /// match clink.release_claims().await {
    ///     Ok(released) => println!("released {released:?}"),
    ///     Err(e) => eprintln!("not released (each was logged too): {e}"),
    /// }
    /// # drop(worker);
    /// # Ok(()) }
    /// ```
    pub async fn release_claims(&self) -> Result<Vec<String>> {
        self.claims.release_all().await
    }

    /// The ids of the clinks whose claims this client and its clones handed out and nobody
    /// has finished yet, oldest first: held by a [`Claim`] handle, being completed or
    /// released, or whose release failed.
    pub fn outstanding_claims(&self) -> Vec<String> {
        self.claims.ids()
    }

    /// `release_clink(clink_id)`: gives up a claim by id (prefer [`Claim::release`]).
    pub async fn release_clink(&self, clink_id: &str) -> Result<types::Clink> {
        release(&self.raw, clink_id, CallOptions::new()).await
    }

    /// `complete_clink(clink_id, response_text=)`: completes a claimed clink by id, optionally
    /// posting `response_text` as a reply (prefer [`Claim::complete`]).
    pub async fn complete_clink(
        &self,
        clink_id: &str,
        response_text: Option<&str>,
    ) -> Result<types::CompleteClinkResult> {
        complete(&self.raw, clink_id, response_text).await
    }

    // ------------------------------------------------------------------ milestones

    /// `create_milestone(group_id, title=, checkpoints=, ...)`.
    pub async fn create_milestone<B>(&self, group: &str, body: B) -> Result<types::Milestone>
    where
        B: TryInto<CreateMilestoneRequest>,
        B::Error: Display,
    {
        let id = self.resolve_group(group).await?;
        payload(
            "create_milestone",
            self.raw.create_milestone().group_id(id).body(body).send(),
        )
        .await
    }

    /// `list_milestones(group_id, status=, limit=)`.
    pub async fn list_milestones(
        &self,
        group: &str,
        query: ListQuery<MilestoneStatus>,
    ) -> Result<Vec<types::Milestone>> {
        let id = self.resolve_group(group).await?;
        let request = query.apply(self.raw.list_milestones().group_id(id));
        Ok(payload("list_milestones", request.send()).await?.milestones)
    }

    /// `get_milestone(milestone_id)`: a milestone with its checkpoints.
    pub async fn get_milestone(&self, milestone_id: &str) -> Result<types::Milestone> {
        payload(
            "get_milestone",
            self.raw.get_milestone().milestone_id(milestone_id).send(),
        )
        .await
    }

    /// `update_milestone(milestone_id, title=, description=)`.
    pub async fn update_milestone<B>(&self, milestone_id: &str, body: B) -> Result<types::Milestone>
    where
        B: TryInto<UpdateMilestoneRequest>,
        B::Error: Display,
    {
        let call = self
            .raw
            .update_milestone()
            .milestone_id(milestone_id)
            .body(body);
        payload("update_milestone", call.send()).await
    }

    /// `complete_checkpoint(milestone_id, order, hil_expiry_seconds=)`: either the updated
    /// milestone or, when a human must approve first, the verification details — see
    /// [`Outcome`] and [`ClinkClient::wait_for_checkpoint`].
    pub async fn complete_checkpoint(
        &self,
        milestone_id: &str,
        order: i64,
        hil_expiry_seconds: Option<i64>,
    ) -> Result<Outcome<types::Milestone>> {
        let call = self
            .raw
            .complete_checkpoint()
            .milestone_id(milestone_id)
            .order(order)
            .body_map(|b| b.hil_expiry_seconds(hil_expiry_seconds));
        Outcome::decode(
            "complete_checkpoint",
            payload("complete_checkpoint", call.send()).await?,
        )
    }

    /// `update_checkpoint(milestone_id, order, ...)`.
    pub async fn update_checkpoint<B>(
        &self,
        milestone_id: &str,
        order: i64,
        body: B,
    ) -> Result<types::Milestone>
    where
        B: TryInto<UpdateCheckpointRequest>,
        B::Error: Display,
    {
        let call = self
            .raw
            .update_checkpoint()
            .milestone_id(milestone_id)
            .order(order)
            .body(body);
        payload("update_checkpoint", call.send()).await
    }

    /// `delete_checkpoint(milestone_id, order)`: answers the updated milestone.
    pub async fn delete_checkpoint(
        &self,
        milestone_id: &str,
        order: i64,
    ) -> Result<types::Milestone> {
        let call = self
            .raw
            .delete_checkpoint()
            .milestone_id(milestone_id)
            .order(order);
        payload("delete_checkpoint", call.send()).await
    }

    /// `add_checkpoint(milestone_id, title=, ...)`.
    pub async fn add_checkpoint<B>(&self, milestone_id: &str, body: B) -> Result<types::Milestone>
    where
        B: TryInto<AddCheckpointRequest>,
        B::Error: Display,
    {
        let call = self
            .raw
            .add_checkpoint()
            .milestone_id(milestone_id)
            .body(body);
        payload("add_checkpoint", call.send()).await
    }

    /// `reopen_milestone(milestone_id)`.
    pub async fn reopen_milestone(&self, milestone_id: &str) -> Result<types::Milestone> {
        let call = self
            .raw
            .reopen_milestone()
            .milestone_id(milestone_id)
            .body(empty());
        payload("reopen_milestone", call.send()).await
    }

    // ------------------------------------------------------------------ projects

    /// `create_project(group_id, title=, description=, slug=, color=)`.
    pub async fn create_project<B>(&self, group: &str, body: B) -> Result<types::Project>
    where
        B: TryInto<CreateProjectRequest>,
        B::Error: Display,
    {
        let id = self.resolve_group(group).await?;
        payload(
            "create_project",
            self.raw.create_project().group_id(id).body(body).send(),
        )
        .await
    }

    /// `list_projects(group_id, status=, limit=)`.
    pub async fn list_projects(
        &self,
        group: &str,
        query: ListQuery<ProjectStatus>,
    ) -> Result<Vec<types::Project>> {
        let id = self.resolve_group(group).await?;
        let request = query.apply(self.raw.list_projects().group_id(id));
        Ok(payload("list_projects", request.send()).await?.projects)
    }

    /// `get_project(project_id)`.
    pub async fn get_project(&self, project_id: &str) -> Result<types::Project> {
        payload(
            "get_project",
            self.raw.get_project().project_id(project_id).send(),
        )
        .await
    }

    /// `update_project(project_id, title=, description=, slug=, color=)`.
    pub async fn update_project<B>(&self, project_id: &str, body: B) -> Result<types::Project>
    where
        B: TryInto<UpdateProjectRequest>,
        B::Error: Display,
    {
        payload(
            "update_project",
            self.raw
                .update_project()
                .project_id(project_id)
                .body(body)
                .send(),
        )
        .await
    }

    /// `complete_project(project_id)`.
    pub async fn complete_project(&self, project_id: &str) -> Result<types::Project> {
        let call = self
            .raw
            .complete_project()
            .project_id(project_id)
            .body(empty());
        payload("complete_project", call.send()).await
    }

    /// `archive_project(project_id)`.
    pub async fn archive_project(&self, project_id: &str) -> Result<types::Project> {
        let call = self
            .raw
            .archive_project()
            .project_id(project_id)
            .body(empty());
        payload("archive_project", call.send()).await
    }

    /// `reopen_project(project_id)`.
    pub async fn reopen_project(&self, project_id: &str) -> Result<types::Project> {
        let call = self
            .raw
            .reopen_project()
            .project_id(project_id)
            .body(empty());
        payload("reopen_project", call.send()).await
    }

    /// `list_project_milestones(project_id, status=, limit=)`.
    pub async fn list_project_milestones(
        &self,
        project_id: &str,
        query: ListQuery<MilestoneStatus>,
    ) -> Result<Vec<types::Milestone>> {
        let request =
            query.apply_project(self.raw.list_project_milestones().project_id(project_id));
        Ok(payload("list_project_milestones", request.send())
            .await?
            .milestones)
    }

    // ------------------------------------------------------------------ proposals

    /// `create_proposal(group_id, title=, voting_type=, threshold_type=, options=, ...)`.
    pub async fn create_proposal<B>(&self, group: &str, body: B) -> Result<types::Proposal>
    where
        B: TryInto<CreateProposalRequest>,
        B::Error: Display,
    {
        let id = self.resolve_group(group).await?;
        payload(
            "create_proposal",
            self.raw.create_proposal().group_id(id).body(body).send(),
        )
        .await
    }

    /// `list_proposals(group_id, status=, limit=)`.
    pub async fn list_proposals(
        &self,
        group: &str,
        query: ListQuery<ProposalStatus>,
    ) -> Result<Vec<types::Proposal>> {
        let id = self.resolve_group(group).await?;
        let request = query.apply(self.raw.list_proposals().group_id(id));
        Ok(payload("list_proposals", request.send()).await?.proposals)
    }

    /// `get_proposal(proposal_id)`: a proposal with its votes.
    pub async fn get_proposal(&self, proposal_id: &str) -> Result<types::Proposal> {
        payload(
            "get_proposal",
            self.raw.get_proposal().proposal_id(proposal_id).send(),
        )
        .await
    }

    /// `cast_vote(proposal_id, vote=, comment=, hil_expiry_seconds=)`: either the updated
    /// proposal or, when a human must approve first, the verification details (see [`Outcome`]).
    pub async fn cast_vote(
        &self,
        proposal_id: &str,
        vote: &str,
        comment: Option<&str>,
        hil_expiry_seconds: Option<i64>,
    ) -> Result<Outcome<types::Proposal>> {
        let body = types::CastVoteRequest {
            vote: vote.to_string(),
            comment: comment.map(str::to_string),
            hil_expiry_seconds,
        };
        let call = self.raw.cast_vote().proposal_id(proposal_id).body(body);
        Outcome::decode("cast_vote", payload("cast_vote", call.send()).await?)
    }

    /// `finalize_proposal(proposal_id, total_eligible_voters=)`: closes voting.
    pub async fn finalize_proposal(
        &self,
        proposal_id: &str,
        total_eligible_voters: Option<i64>,
    ) -> Result<types::Proposal> {
        let call = self
            .raw
            .finalize_proposal()
            .proposal_id(proposal_id)
            .body_map(|b| b.total_eligible_voters(total_eligible_voters));
        payload("finalize_proposal", call.send()).await
    }

    // ------------------------------------------------------------------ feedback, permissions, HIL

    /// `submit_feedback(category=, content=, tool=)`: needs a key with the feedback
    /// permission; rate limited (5 a minute, 10 a day).
    pub async fn submit_feedback(
        &self,
        category: FeedbackCategory,
        content: &str,
        tool: Option<&str>,
    ) -> Result<types::FeedbackResponse> {
        let body = types::SubmitFeedbackRequest {
            category,
            content: content.to_string(),
            context: tool.map(|t| types::FeedbackContext {
                tool: Some(t.to_string()),
            }),
        };
        payload(
            "submit_feedback",
            self.raw.submit_feedback().body(body).send(),
        )
        .await
    }

    /// `get_my_permissions()`: what the calling key may do.
    pub async fn get_my_permissions(&self) -> Result<types::PermissionsResponse> {
        payload("get_my_permissions", self.raw.get_my_permissions().send()).await
    }

    /// `list_pending_verifications(group_id, limit=)`: the group's HIL verifications awaiting
    /// a human.
    pub async fn list_pending_verifications(
        &self,
        group: &str,
        limit: Option<i64>,
    ) -> Result<Vec<types::PendingVerification>> {
        let id = self.resolve_group(group).await?;
        let request = super::queries::set_some!(self.raw.list_pending_verifications().group_id(id); limit = limit);
        Ok(payload("list_pending_verifications", request.send())
            .await?
            .verifications)
    }
}

/// `POST /clinks/{id}/release` with `{}`; shared with the [`Claim`] handle. Releasing twice
/// is harmless, so the request carries an idempotency key, which lets the transport retry it
/// like any idempotent call (a release that is lost leaves the clink locked). `options` adds
/// to that (the drop path's timeout).
pub(super) async fn release(
    client: &Client,
    clink_id: &str,
    options: CallOptions,
) -> Result<types::Clink> {
    let client = client.with_options(options.idempotency_key(uuid::Uuid::new_v4().to_string()));
    payload(
        "release_clink",
        client
            .release_clink()
            .clink_id(clink_id)
            .body(empty())
            .send(),
    )
    .await
}

/// `POST /clinks/{id}/complete` with `{response?}`; shared with the [`Claim`] handle.
pub(super) async fn complete(
    client: &Client,
    clink_id: &str,
    response: Option<&str>,
) -> Result<types::CompleteClinkResult> {
    let response = response.map(str::to_string);
    let call = client
        .complete_clink()
        .clink_id(clink_id)
        .body_map(|b| b.response(response));
    payload("complete_clink", call.send()).await
}
