//! One contract test per Clink operation, in the one call style
//! (`clink.<operation>()…setters…send()`): the request the SDK sends
//! (method, path, query, body, the auth and session headers) and the decoding of an answer
//! shaped like the real service's. Paths are written out literally from the reference.
#![cfg(feature = "clink")]

mod clink_support;

use agent_apis::clink::types::{
    self, CheckpointDependency, CheckpointStatus, ClinkStatus, FeedbackCategory,
    HilVerificationStatus, MilestoneStatus, PermissionOwnerType, PermissionScopeType,
    ProjectStatus, ProposalStatus, ThresholdType, VerificationStatus, VerificationTargetType,
    VotingType,
};
use agent_apis::clink::Outcome;
use agent_apis::Timestamp;
use clink_support::*;
use httpmock::Method::{DELETE, GET, PATCH, POST};
use httpmock::MockServer;
use serde_json::json;

#[tokio::test]
async fn list_groups() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        GET,
        "/groups",
        |w| w.query_param_missing("slug"),
        json!({"groups": [group(GROUP, "backend-team")]}),
    )
    .await;
    let groups = clink(&server).list_groups().send().await.unwrap().groups;
    m.assert_async().await;
    assert_eq!(groups.len(), 1);
    assert_eq!(
        (groups[0].slug.as_str(), groups[0].role.as_deref()),
        ("backend-team", Some("owner"))
    );
    assert_eq!(
        groups[0].created_at.to_utc().unwrap().to_rfc3339(),
        "2026-05-01T09:00:00+00:00"
    );
}

#[tokio::test]
async fn get_group() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        GET,
        &format!("/groups/{GROUP}"),
        |w| w,
        group(GROUP, "backend-team"),
    )
    .await;
    let g = clink(&server)
        .get_group()
        .group_id(GROUP)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(
        (g.group_id.as_str(), g.name.as_str(), g.owner_id.as_str()),
        (GROUP, "Backend Team", "user-1")
    );
}

#[tokio::test]
async fn list_members() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        GET,
        &format!("/groups/{GROUP}/members"),
        |w| w,
        json!({"members": [member()]}),
    )
    .await;
    let members = clink(&server)
        .list_members()
        .group_id(GROUP)
        .send()
        .await
        .unwrap()
        .members;
    m.assert_async().await;
    assert_eq!(members[0].user_id, "user-2");
    assert_eq!(
        (members[0].role.as_str(), members[0].member_type.as_deref()),
        ("member", Some("agent"))
    );
}

#[tokio::test]
async fn get_clinks() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        GET,
        "/clinks",
        |w| {
            w.query_param("group_id", GROUP)
                .query_param("since", "2026-05-09T07:00:00Z")
                .query_param("limit", "20")
                .query_param("status", "pending")
                .query_param("for_me", "true")
                .query_param("unread_only", "true")
                .query_param("mark_read", "false")
        },
        json!({"clinks": [message("c-1"), message("c-2")]}),
    )
    .await;
    let clinks = clink(&server)
        .get_clinks()
        .group(GROUP)
        .since(Timestamp::parse("2026-05-09T07:00:00Z"))
        .limit(20)
        .status(ClinkStatus::Pending)
        .for_me(true)
        .unread_only(true)
        .mark_read(false)
        .send()
        .await
        .unwrap()
        .clinks;
    m.assert_async().await;
    assert_eq!(clinks.len(), 2);
    assert_eq!(
        (clinks[1].clink_id.as_str(), clinks[1].for_.as_deref()),
        ("c-2", Some("agent-7"))
    );
    assert_eq!(clinks[0].status, ClinkStatus::Pending);
}

#[tokio::test]
async fn mark_read() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        POST,
        "/clinks/mark-read",
        |w| w.json_body(json!({"group_ids": [GROUP]})),
        json!({"marked": 3}),
    )
    .await;
    let ack = clink(&server)
        .mark_read()
        .group_ids([GROUP])
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(ack.get("marked"), Some(&json!(3)));
}

#[tokio::test]
async fn send_clink() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        POST,
        &format!("/groups/{GROUP}/clinks"),
        |w| {
            w.header("content-type", "application/json")
                .json_body(json!({"content": "task c-9", "for": "agent-7"}))
        },
        message("c-9"),
    )
    .await;
    let sent = clink(&server)
        .send_clink()
        .group(GROUP)
        .content("task c-9")
        .for_("agent-7")
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(
        (sent.clink_id.as_str(), sent.content.as_str()),
        ("c-9", "task c-9")
    );
    assert_eq!(sent.group_slug.as_deref(), Some("backend-team"));
}

#[tokio::test]
async fn check_inbox() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        GET,
        "/inbox",
        |w| {
            w.query_param("status", "pending")
                .query_param("for_me", "false")
                .query_param("claim", "true")
                .query_param("limit", "5")
                .query_param("since", "2026-05-09T07:00:00+00:00")
        },
        json!({"clinks": [claimed("c-1")], "count": 1, "claimed_count": 1}),
    )
    .await;
    let inbox = clink(&server)
        .check_inbox()
        .status(ClinkStatus::Pending)
        .for_me(false)
        .claim(true)
        .limit(5)
        .since(Timestamp::parse("2026-05-09T07:00:00+00:00"))
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!((inbox.count, inbox.claimed_count), (1, Some(1)));
    assert_eq!(inbox.clinks[0].status, ClinkStatus::Claimed);
}

#[tokio::test]
async fn claim_clink() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        POST,
        "/clinks/c-1/claim",
        |w| w.json_body(json!({"timeout_seconds": 600})),
        claimed("c-1"),
    )
    .await;
    let release = answer(&server, POST, "/clinks/c-1/release", |w| w, message("c-1")).await;
    let claim = clink(&server)
        .claim_clink()
        .clink_id("c-1")
        .timeout(600)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(claim.clink_id(), "c-1");
    assert_eq!(claim.claimed_by.as_deref(), Some("agent-7"));
    assert_eq!(
        claim.claim_expires_at.as_ref().unwrap().as_str(),
        "2026-05-09T07:40:00Z"
    );
    claim.release().await.unwrap();
    release.assert_async().await;
}

#[tokio::test]
async fn release_clink() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        POST,
        "/clinks/c-1/release",
        |w| w.json_body(json!({})),
        message("c-1"),
    )
    .await;
    let released = clink(&server)
        .release_clink()
        .clink_id("c-1")
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(released.status, ClinkStatus::Pending);
}

#[tokio::test]
async fn complete_clink() {
    let server = MockServer::start_async().await;
    let mut done = message("c-1");
    done["status"] = json!("completed");
    done["completed_by"] = json!("agent-7");
    let m = answer(
        &server,
        POST,
        "/clinks/c-1/complete",
        |w| w.json_body(json!({"response": "done"})),
        json!({"clink": done, "response_clink_id": "c-2"}),
    )
    .await;
    let result = clink(&server)
        .complete_clink()
        .clink_id("c-1")
        .response("done")
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(result.clink.status, ClinkStatus::Completed);
    assert_eq!(result.response_clink_id.as_deref(), Some("c-2"));
}

#[tokio::test]
async fn create_milestone() {
    let server = MockServer::start_async().await;
    let body = json!({"title": "Ship v1", "description": "first release", "checkpoints": [
        {"title": "step 1"}, {"title": "step 2", "requires_consensus": true, "depends_on": [1, "m-0:2"]}]});
    let m = answer(
        &server,
        POST,
        &format!("/groups/{GROUP}/milestones"),
        |w| w.json_body(body),
        milestone("m-1", "pending"),
    )
    .await;
    let created = clink(&server)
        .create_milestone()
        .group(GROUP)
        .title("Ship v1")
        .description("first release")
        .checkpoints([
            types::CheckpointInput::builder().title("step 1"),
            types::CheckpointInput::builder()
                .title("step 2")
                .requires_consensus(Some(true))
                .depends_on(vec![
                    CheckpointDependency::from(1),
                    CheckpointDependency::String("m-0:2".into()),
                ]),
        ])
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(
        (created.milestone_id.as_str(), created.progress.as_str()),
        ("m-1", "1/2")
    );
    let checkpoints = created.checkpoints.unwrap();
    assert_eq!(checkpoints[1].status, CheckpointStatus::Pending);
    assert!(
        matches!(checkpoints[1].depends_on.as_deref(), Some([CheckpointDependency::Int64(1), CheckpointDependency::String(s)]) if s == "m-0:2")
    );
}

#[tokio::test]
async fn list_milestones() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        GET,
        &format!("/groups/{GROUP}/milestones"),
        |w| w.query_param("status", "active").query_param("limit", "3"),
        json!({"milestones": [milestone("m-1", "pending")]}),
    )
    .await;
    let list = clink(&server)
        .list_milestones()
        .group(GROUP)
        .status(MilestoneStatus::Active)
        .limit(3)
        .send()
        .await
        .unwrap()
        .milestones;
    m.assert_async().await;
    assert_eq!(
        (list[0].status.clone(), list[0].total_checkpoints),
        (MilestoneStatus::Active, 2)
    );
}

#[tokio::test]
async fn get_milestone() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        GET,
        "/milestones/m-1",
        |w| w,
        milestone("m-1", "completed"),
    )
    .await;
    let got = clink(&server)
        .get_milestone()
        .milestone_id("m-1")
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(
        (got.status, got.completed_checkpoints),
        (MilestoneStatus::Closed, 2)
    );
}

#[tokio::test]
async fn update_milestone() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        PATCH,
        "/milestones/m-1",
        |w| w.json_body(json!({"title": "Ship v1.0"})),
        milestone("m-1", "pending"),
    )
    .await;
    let updated = clink(&server)
        .update_milestone()
        .milestone_id("m-1")
        .title("Ship v1.0")
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(updated.project_id.as_deref(), Some("p-1"));
}

#[tokio::test]
async fn add_checkpoint() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        POST,
        "/milestones/m-1/checkpoints",
        |w| {
            w.json_body(
                json!({"title": "step 3", "position": 2, "git_pr_url": "https://git.example/pr/1"}),
            )
        },
        milestone("m-1", "pending"),
    )
    .await;
    let updated = clink(&server)
        .add_checkpoint()
        .milestone_id("m-1")
        .title("step 3")
        .position(2)
        .git_pr_url("https://git.example/pr/1")
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(
        updated.checkpoints.unwrap()[0].git_pr_url.as_deref(),
        Some("https://git.example/pr/1")
    );
}

#[tokio::test]
async fn update_checkpoint() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        PATCH,
        "/milestones/m-1/checkpoints/2",
        |w| w.json_body(json!({"title": "step two", "depends_on": []})),
        milestone("m-1", "pending"),
    )
    .await;
    let updated = clink(&server)
        .update_checkpoint()
        .milestone_id("m-1")
        .order(2)
        .title("step two")
        .depends_on(Vec::<CheckpointDependency>::new())
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(updated.milestone_id, "m-1");
}

#[tokio::test]
async fn delete_checkpoint() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        DELETE,
        "/milestones/m-1/checkpoints/2",
        |w| w,
        milestone("m-1", "pending"),
    )
    .await;
    let updated = clink(&server)
        .delete_checkpoint()
        .milestone_id("m-1")
        .order(2)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(updated.total_checkpoints, 2);
}

#[tokio::test]
async fn complete_checkpoint() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        POST,
        "/milestones/m-1/checkpoints/2/complete",
        |w| w.json_body(json!({"hil_expiry_seconds": 600})),
        milestone("m-1", "completed"),
    )
    .await;
    let outcome = clink(&server)
        .complete_checkpoint()
        .milestone_id("m-1")
        .order(2)
        .hil_expiry_seconds(600)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    let Outcome::Done(milestone) = outcome else {
        panic!("expected the milestone")
    };
    assert_eq!(milestone.progress, "2/2");
}

#[tokio::test]
async fn reopen_milestone() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        POST,
        "/milestones/m-1/reopen",
        |w| w.json_body(json!({})),
        milestone("m-1", "pending"),
    )
    .await;
    let reopened = clink(&server)
        .reopen_milestone()
        .milestone_id("m-1")
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(reopened.status, MilestoneStatus::Active);
}

#[tokio::test]
async fn create_project() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        POST,
        &format!("/groups/{GROUP}/projects"),
        |w| w.json_body(json!({"title": "Platform", "slug": "platform", "color": "#3b82f6"})),
        project("active"),
    )
    .await;
    let p = clink(&server)
        .create_project()
        .group(GROUP)
        .title("Platform")
        .slug("platform")
        .color("#3b82f6")
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(
        (p.project_id.as_str(), p.is_default, p.status),
        ("p-1", false, ProjectStatus::Active)
    );
}

#[tokio::test]
async fn list_projects() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        GET,
        &format!("/groups/{GROUP}/projects"),
        |w| {
            w.query_param("status", "archived")
                .query_param_missing("limit")
        },
        json!({"projects": [project("archived")]}),
    )
    .await;
    let list = clink(&server)
        .list_projects()
        .group(GROUP)
        .status(ProjectStatus::Archived)
        .send()
        .await
        .unwrap()
        .projects;
    m.assert_async().await;
    assert_eq!(list[0].status, ProjectStatus::Archived);
}

#[tokio::test]
async fn get_project() {
    let server = MockServer::start_async().await;
    let m = answer(&server, GET, "/projects/p-1", |w| w, project("active")).await;
    let p = clink(&server)
        .get_project()
        .project_id("p-1")
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!((p.slug.as_str(), p.color.as_str()), ("platform", "#3b82f6"));
}

#[tokio::test]
async fn update_project() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        PATCH,
        "/projects/p-1",
        |w| w.json_body(json!({"description": "infra work"})),
        project("active"),
    )
    .await;
    let p = clink(&server)
        .update_project()
        .project_id("p-1")
        .description("infra work")
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(p.description, "infra work");
}

#[tokio::test]
async fn complete_project() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        POST,
        "/projects/p-1/complete",
        |w| w.json_body(json!({})),
        project("completed"),
    )
    .await;
    let p = clink(&server)
        .complete_project()
        .project_id("p-1")
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(p.status, ProjectStatus::Completed);
}

#[tokio::test]
async fn archive_project() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        POST,
        "/projects/p-1/archive",
        |w| w.json_body(json!({})),
        project("archived"),
    )
    .await;
    let p = clink(&server)
        .archive_project()
        .project_id("p-1")
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(p.status, ProjectStatus::Archived);
}

#[tokio::test]
async fn reopen_project() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        POST,
        "/projects/p-1/reopen",
        |w| w.json_body(json!({})),
        project("active"),
    )
    .await;
    let p = clink(&server)
        .reopen_project()
        .project_id("p-1")
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(p.status, ProjectStatus::Active);
}

#[tokio::test]
async fn list_project_milestones() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        GET,
        "/projects/p-1/milestones",
        |w| w.query_param("status", "closed").query_param("limit", "10"),
        json!({"milestones": [milestone("m-1", "completed")]}),
    )
    .await;
    let list = clink(&server)
        .list_project_milestones()
        .project_id("p-1")
        .status(MilestoneStatus::Closed)
        .limit(10)
        .send()
        .await
        .unwrap()
        .milestones;
    m.assert_async().await;
    assert_eq!(list[0].status, MilestoneStatus::Closed);
}

#[tokio::test]
async fn create_proposal() {
    let server = MockServer::start_async().await;
    let body = json!({"title": "Adopt Rust", "voting_type": "yes_no", "threshold_type": "two_thirds", "deadline_hours": 24});
    let m = answer(
        &server,
        POST,
        &format!("/groups/{GROUP}/proposals"),
        |w| w.json_body(body),
        proposal("open"),
    )
    .await;
    let p = clink(&server)
        .create_proposal()
        .group(GROUP)
        .title("Adopt Rust")
        .voting_type(VotingType::YesNo)
        .threshold_type(ThresholdType::TwoThirds)
        .deadline_hours(24)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(
        (p.voting_type, p.threshold_type, p.status),
        (
            VotingType::YesNo,
            ThresholdType::Majority,
            ProposalStatus::Open
        )
    );
}

#[tokio::test]
async fn list_proposals() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        GET,
        &format!("/groups/{GROUP}/proposals"),
        |w| w.query_param("status", "open"),
        json!({"proposals": [proposal("open")]}),
    )
    .await;
    let list = clink(&server)
        .list_proposals()
        .group(GROUP)
        .status(ProposalStatus::Open)
        .send()
        .await
        .unwrap()
        .proposals;
    m.assert_async().await;
    assert_eq!(list[0].proposal_id, "pr-1");
}

#[tokio::test]
async fn get_proposal() {
    let server = MockServer::start_async().await;
    let m = answer(&server, GET, "/proposals/pr-1", |w| w, proposal("open")).await;
    let p = clink(&server)
        .get_proposal()
        .proposal_id("pr-1")
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(p.tally.as_ref().and_then(|t| t.get("yes")), Some(&1));
    assert_eq!(p.votes.unwrap()[0].voter_id, "agent-7");
}

#[tokio::test]
async fn cast_vote() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        POST,
        "/proposals/pr-1/vote",
        |w| w.json_body(json!({"vote": "yes", "comment": "ship it", "hil_expiry_seconds": 120})),
        proposal("open"),
    )
    .await;
    let outcome = clink(&server)
        .cast_vote()
        .proposal_id("pr-1")
        .vote("yes")
        .comment("ship it")
        .hil_expiry_seconds(120)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(outcome.done().unwrap().vote_count, Some(1));
}

#[tokio::test]
async fn finalize_proposal() {
    let server = MockServer::start_async().await;
    let mut finalized = proposal("finalized");
    finalized["result"] = json!("yes");
    finalized["threshold_met"] = json!(true);
    let m = answer(
        &server,
        POST,
        "/proposals/pr-1/finalize",
        |w| w.json_body(json!({"total_eligible_voters": 3})),
        finalized,
    )
    .await;
    let p = clink(&server)
        .finalize_proposal()
        .proposal_id("pr-1")
        .total_eligible_voters(3)
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(
        (p.status, p.result.as_deref(), p.threshold_met),
        (ProposalStatus::Finalized, Some("yes"), Some(true))
    );
}

#[tokio::test]
async fn submit_feedback() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        POST,
        "/feedback",
        |w| w.json_body(json!({"category": "bug", "content": "claim lost", "context": {"tool": "claim_clink"}})),
        json!({"feedback_id": "f-1", "category": "bug", "submitted_at": "2026-05-09T08:00:00Z"}),
    )
    .await;
    let receipt = clink(&server)
        .submit_feedback()
        .category(FeedbackCategory::Bug)
        .content("claim lost")
        .context(types::FeedbackContext::builder().tool(Some("claim_clink".to_string())))
        .send()
        .await
        .unwrap();
    m.assert_async().await;
    assert_eq!(
        (receipt.feedback_id.as_str(), receipt.category),
        ("f-1", FeedbackCategory::Bug)
    );
}

#[tokio::test]
async fn get_my_permissions() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        GET,
        "/api-keys/me/permissions",
        |w| w,
        json!({
        "permissions": {"clinks:send": true, "feedback": false},
        "permissions_info": {"feedback": {"granted": false, "description": "Submit feedback"}},
        "scope_type": "group", "scope_id": GROUP, "owner_type": "agent_profile"}),
    )
    .await;
    let p = clink(&server).get_my_permissions().send().await.unwrap();
    m.assert_async().await;
    assert_eq!(p.permissions.get("clinks:send"), Some(&true));
    assert_eq!(
        p.permissions_info["feedback"].description,
        "Submit feedback"
    );
    assert_eq!(
        (p.scope_type, p.owner_type),
        (
            PermissionScopeType::Group,
            PermissionOwnerType::AgentProfile
        )
    );
}

#[tokio::test]
async fn list_pending_verifications() {
    let server = MockServer::start_async().await;
    let m = answer(
        &server,
        GET,
        &format!("/groups/{GROUP}/hil/pending"),
        |w| w.query_param("limit", "5"),
        json!({"verifications": [pending_verification("v-1", "pending")]}),
    )
    .await;
    let list = clink(&server)
        .list_pending_verifications()
        .group(GROUP)
        .limit(5)
        .send()
        .await
        .unwrap()
        .verifications;
    m.assert_async().await;
    assert_eq!(
        (list[0].target_type.clone(), list[0].status.clone()),
        (
            VerificationTargetType::Checkpoint,
            VerificationStatus::Pending
        )
    );
    assert_eq!(list[0].checkpoint_order, Some(2));
}

#[tokio::test]
async fn the_hil_answer_decodes_every_field() {
    let server = MockServer::start_async().await;
    answer(
        &server,
        POST,
        "/milestones/m-1/checkpoints/2/complete",
        |w| w.json_body(json!({})),
        hil("v-1"),
    )
    .await;
    let outcome = clink(&server)
        .complete_checkpoint()
        .milestone_id("m-1")
        .order(2)
        .send()
        .await
        .unwrap();
    let hil = outcome
        .verification()
        .expect("verification required")
        .clone();
    assert_eq!(
        (hil.verification_id.as_str(), hil.expires_in_seconds),
        ("v-1", Some(300))
    );
    assert_eq!(hil.verification_status, Some(HilVerificationStatus::New));
    assert_eq!(
        hil.sent_to.as_deref(),
        Some(&["ada@example.com".to_string()][..])
    );
    assert_eq!(hil.previous_verification_expired, Some(false));
}

#[tokio::test]
async fn unknown_enum_values_and_fields_decode() {
    let server = MockServer::start_async().await;
    let mut c = message("c-1");
    c["status"] = json!("snoozed");
    c["priority"] = json!("high");
    answer(&server, POST, &format!("/groups/{GROUP}/clinks"), |w| w, c).await;
    let sent = clink(&server)
        .send_clink()
        .group(GROUP)
        .content("x")
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status, ClinkStatus::Unknown("snoozed".into()));
}
