//! The seed's behaviour on top of the management wire: `revoke`, `approve` / `reject`,
//! `remove_policy` (each giving `Ok` on success and a not-found error for an unknown id, on
//! 332754c and on the current head alike), the pending approvals, and the audit log as a
//! pagination stream.

use futures::Stream;
use uuid::Uuid;

use super::types::{
    ApprovalDecision, ApprovalDecisionKind, ApprovalRequest, ApprovalStatus, AuditLog,
    DeletePolicyResult,
};
use super::AdminClient as Client;
use crate::pagination::{offset_stream, Page, PageRequest};
use crate::{Error, ErrorKind, Result};

/// The largest audit log page the gateway serves (it clamps `limit` into 1..=200).
pub const AUDIT_PAGE_MAX: u64 = 200;

/// `Ok(value)` when the gateway reported that it acted, otherwise a not-found error for
/// `operation` (the gateway answers `200` with a `false` flag instead of `404`).
fn acted<T>(acted: bool, value: T, operation: &'static str, message: &str) -> Result<T> {
    if acted {
        Ok(value)
    } else {
        Err(Error::new(ErrorKind::NotFound, message).with_operation("ailink", operation))
    }
}

impl Client {
    /// Revokes a virtual token (the seed's `tokens.revoke(token_id)`); `token_id` is the token
    /// value itself (`ailink_v1_...` or `tf_v1_...`, e.g. `token.id.expose_secret()`).
    ///
    /// `Ok(())` once the token is revoked; an id the gateway does not know is an
    /// [`ErrorKind::NotFound`] error, as the seed documents. On the wire, 332754c answers
    /// `200 {token_id, revoked}` (`revoked: false` for an unknown id), the current head `204`
    /// with no body (`404` for an unknown id). Revoking an already revoked token succeeds on
    /// both. Use [`Client::revoke_token`] for the raw answer.
    pub async fn revoke(&self, token_id: &str) -> Result<()> {
        let answer = self
            .revoke_token()
            .token_id(token_id)
            .send()
            .await?
            .into_inner();
        // `None`: the head's empty 204 (its unknown id is a 404, already an error).
        let revoked = answer.0.is_none_or(|a| a.revoked);
        acted(
            revoked,
            (),
            "revoke_token",
            "no virtual token has this id (the gateway answered revoked: false)",
        )
    }

    /// Approves a pending approval request in the default project (the seed's
    /// `approvals.approve(id)`): sends `{"decision": "approved"}`.
    ///
    /// An unknown, already decided or expired request (`updated: false` on the wire) is an
    /// [`ErrorKind::NotFound`] error: there is no pending request with this id.
    pub async fn approve(&self, approval_id: Uuid) -> Result<ApprovalDecision> {
        self.decide(approval_id, ApprovalDecisionKind::Approved, None)
            .await
    }

    /// Rejects a pending approval request in the default project (the seed's
    /// `approvals.reject(id)`): sends `{"decision": "rejected"}`; errors as [`Client::approve`].
    pub async fn reject(&self, approval_id: Uuid) -> Result<ApprovalDecision> {
        self.decide(approval_id, ApprovalDecisionKind::Rejected, None)
            .await
    }

    /// Records `decision` on a pending approval request of `project_id` (the default project
    /// when `None`); `updated: false` is an [`ErrorKind::NotFound`] error.
    pub async fn decide(
        &self,
        approval_id: Uuid,
        decision: ApprovalDecisionKind,
        project_id: Option<Uuid>,
    ) -> Result<ApprovalDecision> {
        let mut call = self
            .decide_approval()
            .approval_id(approval_id)
            .body_map(|b| b.decision(decision));
        if let Some(project) = project_id {
            call = call.project_id(project);
        }
        let answer = call.send().await?.into_inner();
        let updated = answer.updated;
        acted(
            updated,
            answer,
            "decide_approval",
            "no pending approval request has this id in this project (unknown, already decided or expired)",
        )
    }

    /// Soft-deletes a policy (the seed's `policies.delete(id)`); `deleted: false` (no active
    /// policy has this id) is an [`ErrorKind::NotFound`] error. Use [`Client::delete_policy`]
    /// for the raw answer.
    pub async fn remove_policy(&self, policy_id: Uuid) -> Result<DeletePolicyResult> {
        let answer = self
            .delete_policy()
            .policy_id(policy_id)
            .send()
            .await?
            .into_inner();
        let deleted = answer.deleted;
        acted(
            deleted,
            answer,
            "delete_policy",
            "no active policy has this id (the gateway answered deleted: false)",
        )
    }

    /// The approval requests of `project_id` (the default project when `None`) that are still
    /// pending, oldest first.
    ///
    /// [`Client::list_approvals`] answers with the pending requests only at 332754c, but with
    /// every request (approved, rejected, expired too) at the current head; this keeps the
    /// pending ones on both, so a reviewer loop works against either gateway.
    pub async fn pending_approvals(
        &self,
        project_id: Option<Uuid>,
    ) -> Result<Vec<ApprovalRequest>> {
        let mut call = self.list_approvals();
        if let Some(project) = project_id {
            call = call.project_id(project);
        }
        let all = call.send().await?.into_inner();
        Ok(all
            .into_iter()
            .filter(|a| a.status == ApprovalStatus::Pending)
            .collect())
    }

    /// Every audit log entry of `project_id` (the default project when `None`), newest first,
    /// fetched lazily in pages of [`AUDIT_PAGE_MAX`] (200) entries.
    ///
    /// ```no_run
    /// # async fn demo(admin: agent_apis::ailink::AdminClient) -> agent_apis::Result<()> {
    /// use futures::TryStreamExt;
    /// let denied: Vec<_> = admin
    ///     .audit_log_stream(None)
    ///     .try_filter(|log| futures::future::ready(log.policy_result.as_str() == "denied"))
    ///     .try_collect()
    ///     .await?;
    /// # let _ = denied; Ok(()) }
    /// ```
    pub fn audit_log_stream(
        &self,
        project_id: Option<Uuid>,
    ) -> impl Stream<Item = Result<AuditLog>> + Send + 'static {
        self.audit_log_stream_paged(project_id, AUDIT_PAGE_MAX)
    }

    /// Like [`Client::audit_log_stream`] with pages of `page_size` entries (clamped into
    /// 1..=200, as the gateway does).
    pub fn audit_log_stream_paged(
        &self,
        project_id: Option<Uuid>,
        page_size: u64,
    ) -> impl Stream<Item = Result<AuditLog>> + Send + 'static {
        let client = self.clone();
        offset_stream(
            page_size.clamp(1, AUDIT_PAGE_MAX),
            move |page: PageRequest| {
                let client = client.clone();
                async move {
                    let mut call = client
                        .list_audit_logs()
                        .limit(page.limit)
                        .offset(page.offset);
                    if let Some(project) = project_id {
                        call = call.project_id(project);
                    }
                    Ok(Page::from(call.send().await?.into_inner()))
                }
            },
        )
    }
}
