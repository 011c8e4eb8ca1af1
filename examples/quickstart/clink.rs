//! Clink walk: resolve a group by slug, send a clink, claim and complete it from the inbox,
//! create a milestone and complete its checkpoints through both human-in-the-loop branches,
//! and vote. Against an embedded mock unless `CLINK_API_URL` is set (then `CLINK_API_KEY` is
//! needed too, and the walk uses your first group).

use agent_apis::clink::mock::MockServerExt;
use agent_apis::clink::types::{self, CheckpointInput, VotingType};
use agent_apis::clink::{ClinkClient, InboxQuery, Outcome};
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
            (ClinkClient::from_env()?, None)
        }
        Err(_) => {
            let server = embedded_clink().await?;
            let clink = ClinkClient::builder()
                .base_url(server.base_url())
                .api_key("sk_live_u_quickstart_demo_key_000000")
                .session_id("quickstart-agent")
                .build()?;
            (clink, Some(server))
        }
    };

    let groups = clink.list_groups().await?;
    let slug = groups
        .first()
        .map(|g| g.slug.clone())
        .ok_or("the key belongs to no group")?;
    let group_id = clink.resolve_group(&slug).await?;
    println!("   group {slug:?} is {group_id} (resolved once, then cached)");

    let sent = clink
        .send_clink(&slug, "please run the nightly build", None)
        .await?;
    println!("   sent clink {}: {:?}", sent.clink_id, sent.content);

    let inbox = clink.check_inbox(InboxQuery::default()).await?;
    println!("   inbox: {} waiting", inbox.count);
    if let Some(first) = inbox.clinks.first() {
        let claim = clink.claim_clink(&first.clink_id, Some(120)).await?;
        println!(
            "   claimed {} until {}",
            claim.clink_id(),
            claim
                .claim_expires_at
                .as_ref()
                .map_or("the server's default", |t| t.as_str())
        );
        let done = claim.complete(Some("nightly build is green")).await?;
        println!(
            "   completed {} (reply {})",
            done.clink.clink_id,
            done.response_clink_id.as_deref().unwrap_or("none")
        );
    }

    let checkpoint = |title: &str| CheckpointInput::builder().title(title.to_string());
    let milestone = clink
        .create_milestone(
            &slug,
            types::CreateMilestoneRequest::builder()
                .title("Quickstart release")
                .checkpoints(vec![
                    checkpoint("build").try_into()?,
                    checkpoint("publish").try_into()?,
                ]),
        )
        .await?;
    println!(
        "   milestone {} created: {}",
        milestone.milestone_id, milestone.progress
    );
    for order in [1, 2] {
        match clink
            .complete_checkpoint(&milestone.milestone_id, order, Some(3600))
            .await?
        {
            Outcome::Done(m) => {
                println!("   checkpoint {order} completed: progress {}", m.progress)
            }
            Outcome::VerificationRequired(hil) => {
                println!(
                    "   checkpoint {order} needs a human: {} (sent to {})",
                    hil.message,
                    hil.sent_to.as_deref().unwrap_or_default().join(", ")
                );
                let pending = clink.list_pending_verifications(&slug, None).await?;
                println!("   {} verification(s) pending in the group", pending.len());
            }
        }
    }

    let proposal = clink
        .create_proposal(
            &slug,
            types::CreateProposalRequest::builder()
                .title("Ship it?")
                .voting_type(Some(VotingType::YesNo)),
        )
        .await?;
    match clink
        .cast_vote(&proposal.proposal_id, "yes", Some("looks good"), None)
        .await?
    {
        Outcome::Done(p) => println!("   voted on {:?}: tally {:?}", p.title, p.tally),
        Outcome::VerificationRequired(hil) => {
            println!("   vote waits for a human: {}", hil.message)
        }
    }
    Ok(())
}

/// `{"success": true, "data": data}` as a typed envelope of the generated client.
fn ok<T: DeserializeOwned>(data: Value) -> serde_json::Result<T> {
    serde_json::from_value(json!({"success": true, "data": data}))
}

/// An in-process Clink built from the spec's generated httpmock helpers: checkpoint 1
/// completes at once, checkpoint 2 needs a human's approval.
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
        json!({"milestone_id": "m-1", "group_id": GROUP_ID, "title": "Quickstart release", "description": "",
            "status": "active", "created_by": "u-1", "created_at": at, "total_checkpoints": 2,
            "completed_checkpoints": done, "progress": format!("{done}/2"),
            "checkpoints": checkpoints})
    };
    let proposal = json!({"proposal_id": "pr-1", "group_id": GROUP_ID, "title": "Ship it?", "description": "",
        "proposer_id": "u-1", "voting_type": "yes_no", "threshold_type": "majority", "options": [],
        "status": "open", "created_at": at, "tally": {"yes": 1, "no": 0}});

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
        "verification_id": "v-1", "verification_status": "new", "expires_in_seconds": 3600,
        "sent_to": ["owner@example.com"], "message": "A verification email was sent to the group owner."}))?;
    server.complete_checkpoint(|when, then| {
        when.milestone_id("m-1").order(2);
        then.ok(&hil);
    });
    let pending: types::PendingVerificationListEnvelope =
        ok(json!({"verifications": [{"verification_id": "v-1",
        "target_type": "checkpoint", "status": "pending", "expires_at": "2026-05-09T08:29:33Z",
        "requested_by": "quickstart-agent", "requested_at": at, "group_id": GROUP_ID,
        "milestone_id": "m-1", "checkpoint_order": 2}]}))?;
    server.list_pending_verifications(|when, then| {
        when.group_id(GROUP_ID);
        then.ok(&pending);
    });
    let created_proposal: types::ProposalEnvelope = ok(proposal.clone())?;
    server.create_proposal(|when, then| {
        when.group_id(GROUP_ID);
        then.ok(&created_proposal);
    });
    let voted: types::ProposalOrHilRequiredEnvelope = ok(proposal)?;
    server.cast_vote(|when, then| {
        when.proposal_id("pr-1");
        then.ok(&voted);
    });
    Ok(server)
}
