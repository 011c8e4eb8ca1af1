//! The seed's management helpers, shaped like operations: each is a method on
//! [`AdminClient`] returning a request builder with setters and `send()`.
//!
//! - [`AdminClient::revoke`] (the seed's `tokens.revoke`): `Ok(())` on success, a not-found
//!   error for an unknown token on 332754c (`200 {revoked: false}`) and on the current head
//!   (`404`) alike.
//! - [`AdminClient::approve`] / [`AdminClient::reject`] (the seed's `approvals.approve` /
//!   `approvals.reject`): [`AdminClient::decide_approval`] with the decision preset.
//! - [`AdminClient::remove_policy`] (the seed's `policies.delete`): an alias of
//!   [`AdminClient::delete_policy`].
//! - [`AdminClient::pending_approvals`]: the pending approval requests on both gateways.
//!
//! `delete_policy` and `decide_approval` report `deleted: false` / `updated: false` as
//! [`ErrorKind::NotFound`](crate::ErrorKind::NotFound) themselves (the spec's
//! `x-not-found-when`), so the aliases need nothing of their own.

use uuid::Uuid;

use super::builders::{DecideApproval, DeletePolicy, ListApprovals, RevokeToken};
use super::types::{ApprovalDecisionKind, ApprovalRequest, ApprovalStatus};
use super::AdminClient;
use crate::{Error, ErrorKind, Response, Result};

/// The largest audit log page the gateway serves (it clamps `limit` into 1..=200); also the
/// page size of `list_audit_logs().stream()` when no `.limit(n)` is set (the spec's
/// `x-paging` default and max).
pub const AUDIT_PAGE_MAX: u64 = 200;

impl AdminClient {
    /// Revokes a virtual token (the seed's `tokens.revoke(token_id)`): set the token with
    /// [`Revoke::token_id`], then [`send`](Revoke::send).
    ///
    /// `Ok(())` once the token is revoked; an id the gateway does not know is an
    /// [`ErrorKind::NotFound`] error, as the seed documents. On the wire, 332754c answers
    /// `200 {token_id, revoked}` (`revoked: false` for an unknown id), the current head `204`
    /// with no body (`404` for an unknown id). Revoking an already revoked token succeeds on
    /// both. [`AdminClient::revoke_token`] gives the wire answer as it is.
    ///
    /// ```no_run
    /// # async fn demo(admin: agent_apis::ailink::AdminClient) -> agent_apis::Result<()> {
    /// admin.revoke().token_id("ailink_v1_00000000_tok_0123abcd").send().await?;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn revoke(&self) -> Revoke<'_> {
        Revoke {
            inner: self.revoke_token(),
        }
    }

    /// Approves a pending approval request (the seed's `approvals.approve(id)`):
    /// [`AdminClient::decide_approval`] with `decision: approved` preset. Set
    /// `.approval_id(id)` (and `.project_id(p)` outside the default project), then `send()`.
    ///
    /// An unknown, already decided or expired request (`updated: false` on the wire) is an
    /// [`ErrorKind::NotFound`] error: there is no pending request with this id.
    ///
    /// ```no_run
    /// # async fn demo(admin: agent_apis::ailink::AdminClient, id: uuid::Uuid) -> agent_apis::Result<()> {
    /// let decision = admin.approve().approval_id(id).send().await?;
    /// assert!(decision.updated);
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn approve(&self) -> DecideApproval<'_> {
        self.decide_approval()
            .decision(ApprovalDecisionKind::Approved)
    }

    /// Rejects a pending approval request (the seed's `approvals.reject(id)`):
    /// [`AdminClient::decide_approval`] with `decision: rejected` preset; errors as
    /// [`AdminClient::approve`].
    #[inline]
    pub fn reject(&self) -> DecideApproval<'_> {
        self.decide_approval()
            .decision(ApprovalDecisionKind::Rejected)
    }

    /// Alias of [`AdminClient::delete_policy`] under the seed's name (`policies.delete(id)`):
    /// soft-deletes a policy; `deleted: false` (no active policy has this id) is an
    /// [`ErrorKind::NotFound`] error.
    #[inline]
    pub fn remove_policy(&self) -> DeletePolicy<'_> {
        self.delete_policy()
    }

    /// The approval requests that are still pending, oldest first; `.project_id(p)` for
    /// another project than the default one.
    ///
    /// [`AdminClient::list_approvals`] answers with the pending requests only at 332754c, but
    /// with every request (approved, rejected, expired too) at the current head; this keeps
    /// the pending ones on both, so a reviewer loop works against either gateway.
    ///
    /// ```no_run
    /// # async fn demo(admin: agent_apis::ailink::AdminClient) -> agent_apis::Result<()> {
    /// for request in admin.pending_approvals().send().await? {
    ///     admin.reject().approval_id(request.id).send().await?;
    /// }
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn pending_approvals(&self) -> PendingApprovals<'_> {
        PendingApprovals {
            inner: self.list_approvals(),
        }
    }
}

/// The request of [`AdminClient::revoke`]: set [`token_id`](Self::token_id), then
/// [`send`](Self::send) it.
#[must_use = "a request does nothing until it is sent"]
#[derive(Debug, Clone)]
pub struct Revoke<'a> {
    inner: RevokeToken<'a>,
}

impl Revoke<'_> {
    /// The virtual token itself (`ailink_v1_...` or `tf_v1_...`, e.g.
    /// `token.id.expose_secret()`), not a UUID. Required: without it nothing is sent and
    /// `send()` fails with [`ErrorKind::InvalidRequest`].
    #[inline]
    pub fn token_id(mut self, token_id: impl Into<String>) -> Self {
        self.inner = self.inner.token_id(token_id.into());
        self
    }

    /// Sends the revocation: `Ok(())` once the token is revoked, [`ErrorKind::NotFound`] when
    /// the gateway does not know it.
    #[inline]
    pub async fn send(self) -> Result<()> {
        self.send_with_response().await.map(|_| ())
    }

    /// Like [`send`](Self::send), with the response's status, headers and request id.
    #[inline]
    pub async fn send_with_response(self) -> Result<Response<()>> {
        let (status, headers, answer) = self.inner.send_with_response().await?.into_parts();
        // `None`: the head's empty 204 (its unknown id is a 404, already an error).
        if answer.0.as_ref().is_some_and(|a| !a.revoked) {
            return Err(Error::new(
                ErrorKind::NotFound,
                "no virtual token has this id (the gateway answered revoked: false)",
            )
            .with_operation("ailink", "revoke_token"));
        }
        Ok(Response::new(status, headers, ()))
    }
}

/// The request of [`AdminClient::pending_approvals`]: optionally set
/// [`project_id`](Self::project_id), then [`send`](Self::send) it.
#[must_use = "a request does nothing until it is sent"]
#[derive(Debug, Clone)]
pub struct PendingApprovals<'a> {
    inner: ListApprovals<'a>,
}

impl PendingApprovals<'_> {
    /// The project whose requests are listed (the default project when not set).
    #[inline]
    pub fn project_id(mut self, project_id: Uuid) -> Self {
        self.inner = self.inner.project_id(project_id);
        self
    }

    /// Sends the request: the pending approval requests, oldest first.
    #[inline]
    pub async fn send(self) -> Result<Vec<ApprovalRequest>> {
        Ok(self.send_with_response().await?.into_payload())
    }

    /// Like [`send`](Self::send), with the response's status, headers and request id.
    #[inline]
    pub async fn send_with_response(self) -> Result<Response<Vec<ApprovalRequest>>> {
        let (status, headers, all) = self.inner.send_with_response().await?.into_parts();
        let pending = all
            .into_iter()
            .filter(|a| a.status == ApprovalStatus::Pending)
            .collect();
        Ok(Response::new(status, headers, pending))
    }
}
