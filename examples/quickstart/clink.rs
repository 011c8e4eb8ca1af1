//! Clink walk: resolve a group by slug, send a clink, claim it and complete it, file a
//! milestone under a project of its own and complete its checkpoints through both
//! human-in-the-loop branches, vote on a proposal, then close what it opened. Against an
//! embedded mock unless `CLINK_API_URL` is set (then `CLINK_API_KEY` is needed too, and the
//! walk uses your first group).
//!
//! Against a real server it finishes on its own: every wait is bounded, it claims only the
//! clink it sent, it finalizes the proposal it opened and archives the project it created.
//! (Clink has no delete for clinks, milestones or proposals; a checkpoint that needs a human
//! sends the group owner a verification email, valid for a minute.)

use std::time::Duration;

use agent_apis::clink::mock::MockServerExt;
use agent_apis::clink::types::{self, CheckpointInput, VotingType};
use agent_apis::clink::{CheckpointVerification, Client, Outcome};
use agent_apis::ErrorKind;
use httpmock::MockServer;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

const GROUP_ID: &str = "3f1c2b9e-8a47-4d2f-9c1e-6b0a5d7e4f21";

pub async fn walk() -> Result<(), Box<dyn std::error::Error>> {
    println!("== Clink (agent coordination)");
    // Keep the mock alive for the whole walk.
    let (clink, _mock) = match std::env::var("CLINK_API_URL") {
        Ok(url) => {
            println!("   using the Clink API at {url}");
            (Client::from_env()?, None)
        }
        Err(_) => {
            let server = embedded_clink().await?;
            let clink = Client::builder()
                .base_url(server.base_url())
                .api_key("sk_live_u_quickstart_demo_key_000000")
                .session_id("quickstart-agent")
                .build()?;
            (clink, Some(server))
        }
    };

    let groups = clink.list_groups().send().await?.groups;
    let slug = groups
        .first()
        .map(|g| g.slug.clone())
        .ok_or("the key belongs to no group")?;
    let group_id = clink.resolve_group(&slug).await?;
    println!("   group {slug:?} is {group_id} (resolved once, then cached)");

    // Every operation that takes a group takes its slug.
    let sent = clink
        .send_clink()
        .group(&slug)
        .content("please run the nightly build")
        .send()
        .await?;
    println!("   sent clink {}: {:?}", sent.clink_id, sent.content);

    let inbox = clink.check_inbox().send().await?;
    println!("   inbox: {} waiting", inbox.count);

    // Claim the clink this walk sent (never someone else's), and complete it.
    let claim = clink
        .claim_clink()
        .clink_id(&sent.clink_id)
        .timeout(120)
        .send()
        .await?;
    println!(
        "   claimed {} until {}",
        claim.clink_id(),
        claim
            .claim_expires_at
            .as_ref()
            .map_or("the server's default", |t| t.as_str())
    );
    let done = claim
        .complete()
        .response("nightly build is green")
        .send()
        .await?;
    println!(
        "   completed {} (reply {})",
        done.clink.clink_id,
        done.response_clink_id.as_deref().unwrap_or("none")
    );

    // A project of its own, archived at the end, holds the milestone.
    let project = clink
        .create_project()
        .group(&slug)
        .title("agent-apis quickstart")
        .send()
        .await?;
    let milestone = clink
        .create_milestone()
        .group(&slug)
        .project_id(&project.project_id)
        .title("Quickstart release")
        .checkpoints([
            CheckpointInput::builder().title("build"),
            CheckpointInput::builder().title("publish"),
        ])
        .send()
        .await?;
    println!(
        "   milestone {} created: {}",
        milestone.milestone_id, milestone.progress
    );
    for order in [1, 2] {
        let outcome = clink
            .complete_checkpoint()
            .milestone_id(&milestone.milestone_id)
            .order(order)
            .hil_expiry_seconds(60)
            .send()
            .await?;
        match outcome {
            Outcome::Done(m) => {
                println!("   checkpoint {order} completed: progress {}", m.progress)
            }
            Outcome::VerificationRequired(hil) => {
                println!(
                    "   checkpoint {order} needs a human: {} (sent to {})",
                    hil.message,
                    hil.sent_to.as_deref().unwrap_or_default().join(", ")
                );
                let waited = clink
                    .wait_for_checkpoint()
                    .milestone_id(&milestone.milestone_id)
                    .order(order)
                    .verification(&hil)
                    .poll_interval(Duration::from_secs(2))
                    .timeout(Duration::from_secs(10))
                    .send()
                    .await;
                match waited {
                    Ok(CheckpointVerification::Completed(m)) => {
                        println!("   a human approved: progress {}", m.progress)
                    }
                    Ok(CheckpointVerification::Expired { verification_id }) => {
                        println!("   verification {verification_id} expired unapproved")
                    }
                    Ok(other) => println!("   the verification ended: {other:?}"),
                    Err(e) if e.kind() == ErrorKind::Timeout => {
                        println!("   nobody approved within 10 s; moving on")
                    }
                    Err(e) => return Err(e.into()),
                }
            }
        }
    }

    let proposal = clink
        .create_proposal()
        .group(&slug)
        .title("Ship it?")
        .voting_type(VotingType::YesNo)
        .send()
        .await?;
    let vote = clink
        .cast_vote()
        .proposal_id(&proposal.proposal_id)
        .vote("yes")
        .comment("looks good")
        .send()
        .await?;
    match vote {
        Outcome::Done(p) => println!("   voted on {:?}: tally {:?}", p.title, p.tally),
        Outcome::VerificationRequired(hil) => {
            println!("   vote waits for a human: {}", hil.message)
        }
    }

    // Close what the walk opened.
    let finalized = clink
        .finalize_proposal()
        .proposal_id(&proposal.proposal_id)
        .send()
        .await?;
    println!(
        "   proposal {} is {:?}",
        finalized.proposal_id, finalized.status
    );
    let archived = clink
        .archive_project()
        .project_id(&project.project_id)
        .send()
        .await?;
    println!(
        "   project {} is {:?}",
        archived.project_id, archived.status
    );
    Ok(())
}

/// `{"success": true, "data": data}` as a typed envelope of the generated client.
fn ok<T: DeserializeOwned>(data: Value) -> serde_json::Result<T> {
    serde_json::from_value(json!({"success": true, "data": data}))
}

/// An in-process Clink built from the spec's generated httpmock helpers: checkpoint 1
/// completes at once, checkpoint 2 needs a human's approval, which expires unapproved.
async fn embedded_clink() -> Result<MockServer, Box<dyn std::error::Error>> {
    let server = MockServer::start_async().await;
    let at = "2026-05-09T07:29:33Z";
    let group = json!({"group_id": GROUP_ID, "name": "Backend Team", "slug": "backend-team",
        "description": "", "owner_id": "u-1", "created_at": at});
    let message = |status: &str| {
        json!({"clink_id": "c-1", "group_id": GROUP_ID, "sender_id": "quickstart-agent",
            "sender_name": "Quickstart", "content": "please run the nightly build", "created_at": at,
            "status": status, "claim_expires_at": "2026-05-09T07:31:33Z"})
    };
    let project = |status: &str| {
        json!({"project_id": "p-1", "group_id": GROUP_ID, "title": "agent-apis quickstart",
            "description": "", "slug": "agent-apis-quickstart", "color": "#3b82f6", "status": status,
            "is_default": false, "created_by": "u-1", "created_at": at})
    };
    let milestone = |done: i64| {
        let status = |order: i64| {
            if order <= done {
                "completed"
            } else {
                "pending"
            }
        };
        let checkpoints = [1, 2]
            .map(|o| json!({"order": o, "title": "", "description": "", "status": status(o)}));
        json!({"milestone_id": "m-1", "group_id": GROUP_ID, "project_id": "p-1",
            "title": "Quickstart release", "description": "", "status": "active", "created_by": "u-1",
            "created_at": at, "total_checkpoints": 2, "completed_checkpoints": done,
            "progress": format!("{done}/2"), "checkpoints": checkpoints})
    };
    let proposal = |status: &str| {
        json!({"proposal_id": "pr-1", "group_id": GROUP_ID, "title": "Ship it?", "description": "",
            "proposer_id": "u-1", "voting_type": "yes_no", "threshold_type": "majority", "options": [],
            "status": status, "created_at": at, "tally": {"yes": 1, "no": 0}})
    };

    let groups: types::GroupListEnvelope = ok(json!({"groups": [group]}))?;
    server.list_groups(|_, then| {
        then.ok(&groups);
    });
    let sent: types::ClinkEnvelope = ok(message("pending"))?;
    server.send_clink(|when, then| {
        when.group_id(GROUP_ID);
        then.ok(&sent);
    });
    let inbox: types::InboxEnvelope = ok(json!({"clinks": [message("pending")], "count": 1}))?;
    server.check_inbox(|_, then| {
        then.ok(&inbox);
    });
    let claimed: types::ClinkEnvelope = ok(message("claimed"))?;
    server.claim_clink(|when, then| {
        when.clink_id("c-1");
        then.ok(&claimed);
    });
    let completed: types::CompleteClinkResultEnvelope =
        ok(json!({"clink": message("completed"), "response_clink_id": "c-2"}))?;
    server.complete_clink(|when, then| {
        when.clink_id("c-1");
        then.ok(&completed);
    });
    let created_project: types::ProjectEnvelope = ok(project("active"))?;
    server.create_project(|when, then| {
        when.group_id(GROUP_ID);
        then.ok(&created_project);
    });
    let archived: types::ProjectEnvelope = ok(project("archived"))?;
    server.archive_project(|when, then| {
        when.project_id("p-1");
        then.ok(&archived);
    });
    let created: types::MilestoneEnvelope = ok(milestone(0))?;
    server.create_milestone(|when, then| {
        when.group_id(GROUP_ID);
        then.ok(&created);
    });
    let first: types::MilestoneOrHilRequiredEnvelope = ok(milestone(1))?;
    server.complete_checkpoint(|when, then| {
        when.milestone_id("m-1").order(1);
        then.ok(&first);
    });
    let hil: types::MilestoneOrHilRequiredEnvelope = ok(json!({"verification_required": true,
        "verification_id": "v-1", "verification_status": "new", "expires_in_seconds": 60,
        "sent_to": ["owner@example.com"], "message": "A verification email was sent to the group owner."}))?;
    server.complete_checkpoint(|when, then| {
        when.milestone_id("m-1").order(2);
        then.ok(&hil);
    });
    let current: types::MilestoneEnvelope = ok(milestone(1))?;
    server.get_milestone(|when, then| {
        when.milestone_id("m-1");
        then.ok(&current);
    });
    let pending: types::PendingVerificationListEnvelope =
        ok(json!({"verifications": [{"verification_id": "v-1",
        "target_type": "checkpoint", "status": "expired", "expires_at": "2026-05-09T07:30:33Z",
        "requested_by": "quickstart-agent", "requested_at": at, "group_id": GROUP_ID,
        "milestone_id": "m-1", "checkpoint_order": 2}]}))?;
    server.list_pending_verifications(|when, then| {
        when.group_id(GROUP_ID);
        then.ok(&pending);
    });
    let created_proposal: types::ProposalEnvelope = ok(proposal("open"))?;
    server.create_proposal(|when, then| {
        when.group_id(GROUP_ID);
        then.ok(&created_proposal);
    });
    let voted: types::ProposalOrHilRequiredEnvelope = ok(proposal("open"))?;
    server.cast_vote(|when, then| {
        when.proposal_id("pr-1");
        then.ok(&voted);
    });
    let finalized: types::ProposalEnvelope = ok(proposal("finalized"))?;
    server.finalize_proposal(|when, then| {
        when.proposal_id("pr-1");
        then.ok(&finalized);
    });
    Ok(server)
}
