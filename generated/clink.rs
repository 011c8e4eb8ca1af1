// Generated from openapi/clink.yaml by progenitor 0.15.1 through build/codegen.rs. Do not edit.
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///Body of `add_checkpoint`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct AddCheckpointRequest {
        /**Checkpoints that must be completed first. Same-milestone dependencies must name
earlier checkpoints; cross-milestone ones are checked for cycles.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub depends_on: ::std::vec::Vec<CheckpointDependency>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub git_branch_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub git_commit_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub git_pr_url: ::std::option::Option<::std::string::String>,
        ///1-based position to insert at; appended at the end when omitted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub position: ::std::option::Option<i64>,
        ///When true, completing the checkpoint first needs a passed proposal.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub requires_consensus: ::std::option::Option<bool>,
        pub title: ::std::string::String,
    }
    impl AddCheckpointRequest {
        #[inline]
        pub fn builder() -> builder::AddCheckpointRequest {
            Default::default()
        }
    }
    ///Body of `cast_vote`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CastVoteRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub comment: ::std::option::Option<::std::string::String>,
        ///Validity of the human-verification link in seconds, 60 to 172800 (server default 300).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hil_expiry_seconds: ::std::option::Option<i64>,
        ///`yes`/`no`, one of the options, or a ranking, depending on the voting type.
        pub vote: ::std::string::String,
    }
    impl CastVoteRequest {
        #[inline]
        pub fn builder() -> builder::CastVoteRequest {
            Default::default()
        }
    }
    ///One ordered step of a milestone.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Checkpoint {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub completed_at: ::std::option::Option<crate::Timestamp>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub completed_by: ::std::option::Option<::std::string::String>,
        /**Checkpoints that must be completed first: an integer is a checkpoint `order` of the
same milestone, a string `"<milestone_id>:<order>"` a checkpoint of another milestone.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub depends_on: ::std::option::Option<::std::vec::Vec<CheckpointDependency>>,
        pub description: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub git_branch_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub git_commit_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub git_pr_url: ::std::option::Option<::std::string::String>,
        ///1-based position within the milestone.
        pub order: i64,
        ///Status of that proposal (e.g. `open`, `finalized`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub proposal_status: ::std::option::Option<::std::string::String>,
        ///The consensus proposal that must pass before this checkpoint can be completed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub requires_proposal_id: ::std::option::Option<::std::string::String>,
        pub status: crate::clink::generated::enums::CheckpointStatus,
        pub title: ::std::string::String,
    }
    impl Checkpoint {
        #[inline]
        pub fn builder() -> builder::Checkpoint {
            Default::default()
        }
    }
    /**A checkpoint dependency: an integer checkpoint `order` in the same milestone, or a
string `"<milestone_id>:<order>"` naming a checkpoint of another milestone.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[non_exhaustive]
    pub enum CheckpointDependency {
        Int64(i64),
        String(::std::string::String),
    }
    impl ::std::fmt::Display for CheckpointDependency {
        #[inline]
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Int64(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for CheckpointDependency {
        #[inline]
        fn from(value: i64) -> Self {
            Self::Int64(value)
        }
    }
    ///A checkpoint to create together with a milestone.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CheckpointInput {
        ///Checkpoints that must be completed first (see `CheckpointDependency`).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub depends_on: ::std::vec::Vec<CheckpointDependency>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub git_branch_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub git_commit_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub git_pr_url: ::std::option::Option<::std::string::String>,
        ///When true, completing the checkpoint first needs a passed proposal.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub requires_consensus: ::std::option::Option<bool>,
        pub title: ::std::string::String,
    }
    impl CheckpointInput {
        #[inline]
        pub fn builder() -> builder::CheckpointInput {
            Default::default()
        }
    }
    ///Body of `claim_clink`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct ClaimClinkRequest {
        ///How long to hold the claim, in seconds (server default 300).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timeout_seconds: ::std::option::Option<i64>,
    }
    impl ClaimClinkRequest {
        #[inline]
        pub fn builder() -> builder::ClaimClinkRequest {
            Default::default()
        }
    }
    ///A clink - a message posted to a group, with its processing (claim) state.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Clink {
        ///When the current claim lapses unless the clink is completed or released.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub claim_expires_at: ::std::option::Option<crate::Timestamp>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub claimed_at: ::std::option::Option<crate::Timestamp>,
        ///Id of the agent or user holding the claim.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub claimed_by: ::std::option::Option<::std::string::String>,
        pub clink_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub completed_at: ::std::option::Option<crate::Timestamp>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub completed_by: ::std::option::Option<::std::string::String>,
        ///The message text (at most 4096 characters).
        pub content: ::std::string::String,
        pub created_at: crate::Timestamp,
        /**The recipient (user id or agent profile id) the clink is addressed to; absent when
it is addressed to the whole group. JSON key `for`.
*/
        #[serde(rename = "for", skip_serializing_if = "::std::option::Option::is_none")]
        pub for_: ::std::option::Option<::std::string::String>,
        pub group_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group_slug: ::std::option::Option<::std::string::String>,
        pub sender_id: ::std::string::String,
        pub sender_name: ::std::string::String,
        pub status: crate::clink::generated::enums::ClinkStatus,
    }
    impl Clink {
        #[inline]
        pub fn builder() -> builder::Clink {
            Default::default()
        }
    }
    ///Response envelope of send_clink, claim_clink and release_clink; `data` holds the `Clink` payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ClinkEnvelope {
        ///The payload; absent or null when the call failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<Clink>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl ClinkEnvelope {
        #[inline]
        pub fn builder() -> builder::ClinkEnvelope {
            Default::default()
        }
    }
    ///`data` of `get_clinks`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct ClinkList {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub clinks: ::std::vec::Vec<Clink>,
    }
    impl ClinkList {
        #[inline]
        pub fn builder() -> builder::ClinkList {
            Default::default()
        }
    }
    ///Response envelope of `get_clinks`; `data` holds the `ClinkList` payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ClinkListEnvelope {
        ///The payload; absent or null when the call failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<ClinkList>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl ClinkListEnvelope {
        #[inline]
        pub fn builder() -> builder::ClinkListEnvelope {
            Default::default()
        }
    }
    ///Body of `complete_checkpoint`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct CompleteCheckpointRequest {
        ///Validity of the human-verification link in seconds, 60 to 172800 (server default 300).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hil_expiry_seconds: ::std::option::Option<i64>,
    }
    impl CompleteCheckpointRequest {
        #[inline]
        pub fn builder() -> builder::CompleteCheckpointRequest {
            Default::default()
        }
    }
    ///Body of `complete_clink`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct CompleteClinkRequest {
        ///Optional reply, posted as a new clink in the same group.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response: ::std::option::Option<::std::string::String>,
    }
    impl CompleteClinkRequest {
        #[inline]
        pub fn builder() -> builder::CompleteClinkRequest {
            Default::default()
        }
    }
    ///`data` of `complete_clink`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CompleteClinkResult {
        pub clink: Clink,
        ///Id of the clink created from `response`, when one was given.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_clink_id: ::std::option::Option<::std::string::String>,
    }
    impl CompleteClinkResult {
        #[inline]
        pub fn builder() -> builder::CompleteClinkResult {
            Default::default()
        }
    }
    ///Response envelope of `complete_clink`; `data` holds the `CompleteClinkResult` payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CompleteClinkResultEnvelope {
        ///The payload; absent or null when the call failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<CompleteClinkResult>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl CompleteClinkResultEnvelope {
        #[inline]
        pub fn builder() -> builder::CompleteClinkResultEnvelope {
            Default::default()
        }
    }
    ///Body of `create_milestone`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateMilestoneRequest {
        ///The checkpoints, in order.
        pub checkpoints: ::std::vec::Vec<CheckpointInput>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Project to put the milestone in (default - the group's default project).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub project_id: ::std::option::Option<::std::string::String>,
        pub title: ::std::string::String,
    }
    impl CreateMilestoneRequest {
        #[inline]
        pub fn builder() -> builder::CreateMilestoneRequest {
            Default::default()
        }
    }
    ///Body of `create_project`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateProjectRequest {
        ///Display colour, e.g. `"#3b82f6"`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub color: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Unique within the group; derived from the title when omitted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub slug: ::std::option::Option<::std::string::String>,
        pub title: ::std::string::String,
    }
    impl CreateProjectRequest {
        #[inline]
        pub fn builder() -> builder::CreateProjectRequest {
            Default::default()
        }
    }
    ///Body of `create_proposal`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateProposalRequest {
        ///Voting closes this many hours after creation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deadline_hours: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The choices; required for `single` and `ranked`, ignored for `yes_no`.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub options: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub threshold_type: ::std::option::Option<
            crate::clink::generated::enums::ThresholdType,
        >,
        pub title: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub voting_type: ::std::option::Option<
            crate::clink::generated::enums::VotingType,
        >,
    }
    impl CreateProposalRequest {
        #[inline]
        pub fn builder() -> builder::CreateProposalRequest {
            Default::default()
        }
    }
    ///An empty JSON object `{}`, sent as the body of action endpoints that take no input.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct EmptyRequest {}
    impl EmptyRequest {
        #[inline]
        pub fn builder() -> builder::EmptyRequest {
            Default::default()
        }
    }
    ///Where the feedback comes from.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct FeedbackContext {
        ///The tool or operation the feedback is about.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tool: ::std::option::Option<::std::string::String>,
    }
    impl FeedbackContext {
        #[inline]
        pub fn builder() -> builder::FeedbackContext {
            Default::default()
        }
    }
    ///Receipt for submitted feedback.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct FeedbackResponse {
        pub category: crate::clink::generated::enums::FeedbackCategory,
        pub feedback_id: ::std::string::String,
        pub submitted_at: crate::Timestamp,
    }
    impl FeedbackResponse {
        #[inline]
        pub fn builder() -> builder::FeedbackResponse {
            Default::default()
        }
    }
    ///Response envelope of `submit_feedback`; `data` holds the `FeedbackResponse` payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct FeedbackResponseEnvelope {
        ///The payload; absent or null when the call failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<FeedbackResponse>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl FeedbackResponseEnvelope {
        #[inline]
        pub fn builder() -> builder::FeedbackResponseEnvelope {
            Default::default()
        }
    }
    ///Body of `finalize_proposal`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct FinalizeProposalRequest {
        ///Electorate size for the `quorum` threshold (default - the number of votes cast).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_eligible_voters: ::std::option::Option<i64>,
    }
    impl FinalizeProposalRequest {
        #[inline]
        pub fn builder() -> builder::FinalizeProposalRequest {
            Default::default()
        }
    }
    ///A Clink group.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Group {
        pub created_at: crate::Timestamp,
        pub description: ::std::string::String,
        ///The group's UUID.
        pub group_id: ::std::string::String,
        pub name: ::std::string::String,
        ///User id of the group's owner.
        pub owner_id: ::std::string::String,
        ///The caller's role in the group (e.g. `owner`, `member`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub role: ::std::option::Option<::std::string::String>,
        ///URL-friendly unique name, usable instead of the UUID in the SDK.
        pub slug: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
    }
    impl Group {
        #[inline]
        pub fn builder() -> builder::Group {
            Default::default()
        }
    }
    ///Response envelope of `get_group`; `data` holds the `Group` payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct GroupEnvelope {
        ///The payload; absent or null when the call failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<Group>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl GroupEnvelope {
        #[inline]
        pub fn builder() -> builder::GroupEnvelope {
            Default::default()
        }
    }
    ///`data` of `list_groups`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct GroupList {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub groups: ::std::vec::Vec<Group>,
    }
    impl GroupList {
        #[inline]
        pub fn builder() -> builder::GroupList {
            Default::default()
        }
    }
    ///Response envelope of `list_groups`; `data` holds the `GroupList` payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct GroupListEnvelope {
        ///The payload; absent or null when the call failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<GroupList>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl GroupListEnvelope {
        #[inline]
        pub fn builder() -> builder::GroupListEnvelope {
            Default::default()
        }
    }
    /**The answer of `complete_checkpoint` / `cast_vote` when a human must approve the action
first (the server's `HILRequiredResponse`). The action is not performed yet; a
verification email was sent to `sent_to` (or an earlier verification is still pending).
Recognised by `verification_required == true`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct HilRequired {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<crate::Timestamp>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_in_seconds: ::std::option::Option<i64>,
        ///Human-readable explanation from the server.
        pub message: ::std::string::String,
        ///True when an earlier verification expired unused and a new one was sent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_verification_expired: ::std::option::Option<bool>,
        ///Addresses the verification email was sent to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sent_to: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        pub verification_id: ::std::string::String,
        ///Always `true` in this answer; distinguishes it from a Milestone / Proposal.
        pub verification_required: bool,
        ///`new` when a verification was just started, `pending` when one already was.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verification_status: ::std::option::Option<
            crate::clink::generated::enums::HilVerificationStatus,
        >,
    }
    impl HilRequired {
        #[inline]
        pub fn builder() -> builder::HilRequired {
            Default::default()
        }
    }
    ///`data` of `check_inbox`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct Inbox {
        ///How many of them were claimed by this call (with `claim=true`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub claimed_count: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub clinks: ::std::vec::Vec<Clink>,
        ///Number of clinks returned.
        #[serde(default)]
        pub count: i64,
    }
    impl Inbox {
        #[inline]
        pub fn builder() -> builder::Inbox {
            Default::default()
        }
    }
    ///Response envelope of `check_inbox`; `data` holds the `Inbox` payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct InboxEnvelope {
        ///The payload; absent or null when the call failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<Inbox>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl InboxEnvelope {
        #[inline]
        pub fn builder() -> builder::InboxEnvelope {
            Default::default()
        }
    }
    ///Body of `mark_read`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct MarkReadRequest {
        ///The groups whose clinks become read, each a UUID or a slug (the SDK resolves slugs first).
        pub group_ids: ::std::vec::Vec<::std::string::String>,
    }
    impl MarkReadRequest {
        #[inline]
        pub fn builder() -> builder::MarkReadRequest {
            Default::default()
        }
    }
    ///`data` of `mark_read`; its fields are not documented.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct MarkReadResult(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for MarkReadResult {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        #[inline]
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<MarkReadResult>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        #[inline]
        fn from(value: MarkReadResult) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for MarkReadResult {
        #[inline]
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///Response envelope of `mark_read`; `data` holds the `MarkReadResult` payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct MarkReadResultEnvelope {
        ///The payload; absent or null when the call failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<MarkReadResult>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl MarkReadResultEnvelope {
        #[inline]
        pub fn builder() -> builder::MarkReadResultEnvelope {
            Default::default()
        }
    }
    ///A member of a group (a user or an agent profile).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Member {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        pub joined_at: crate::Timestamp,
        ///Kind of member (e.g. `user`, `agent`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub member_type: ::std::option::Option<::std::string::String>,
        pub name: ::std::string::String,
        ///The member's role in the group (e.g. `owner`, `member`).
        pub role: ::std::string::String,
        ///The member's user (or agent profile) id.
        pub user_id: ::std::string::String,
    }
    impl Member {
        #[inline]
        pub fn builder() -> builder::Member {
            Default::default()
        }
    }
    ///`data` of `list_members`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct MemberList {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub members: ::std::vec::Vec<Member>,
    }
    impl MemberList {
        #[inline]
        pub fn builder() -> builder::MemberList {
            Default::default()
        }
    }
    ///Response envelope of `list_members`; `data` holds the `MemberList` payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct MemberListEnvelope {
        ///The payload; absent or null when the call failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<MemberList>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl MemberListEnvelope {
        #[inline]
        pub fn builder() -> builder::MemberListEnvelope {
            Default::default()
        }
    }
    ///A milestone - a goal made of ordered checkpoints - with its progress.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Milestone {
        ///The checkpoints in order (may be absent in list answers).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub checkpoints: ::std::option::Option<::std::vec::Vec<Checkpoint>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub closed_at: ::std::option::Option<crate::Timestamp>,
        pub completed_checkpoints: i64,
        pub created_at: crate::Timestamp,
        pub created_by: ::std::string::String,
        pub description: ::std::string::String,
        pub group_id: ::std::string::String,
        pub milestone_id: ::std::string::String,
        ///Human-readable progress as the server formats it (e.g. `"2/5"`).
        pub progress: ::std::string::String,
        ///The project the milestone belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub project_id: ::std::option::Option<::std::string::String>,
        pub status: crate::clink::generated::enums::MilestoneStatus,
        pub title: ::std::string::String,
        pub total_checkpoints: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
    }
    impl Milestone {
        #[inline]
        pub fn builder() -> builder::Milestone {
            Default::default()
        }
    }
    ///Response envelope of the milestone and checkpoint operations; `data` holds the `Milestone` payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct MilestoneEnvelope {
        ///The payload; absent or null when the call failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<Milestone>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl MilestoneEnvelope {
        #[inline]
        pub fn builder() -> builder::MilestoneEnvelope {
            Default::default()
        }
    }
    ///`data` of `list_milestones` and `list_project_milestones`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct MilestoneList {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub milestones: ::std::vec::Vec<Milestone>,
    }
    impl MilestoneList {
        #[inline]
        pub fn builder() -> builder::MilestoneList {
            Default::default()
        }
    }
    ///Response envelope of list_milestones and list_project_milestones; `data` holds the `MilestoneList` payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct MilestoneListEnvelope {
        ///The payload; absent or null when the call failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<MilestoneList>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl MilestoneListEnvelope {
        #[inline]
        pub fn builder() -> builder::MilestoneListEnvelope {
            Default::default()
        }
    }
    /**Envelope of `complete_checkpoint`. `data` is free-form JSON because it is either a `Milestone`
or an `HilRequired`: decode it into `HilRequired` when `data.verification_required`
is `true`, otherwise into `Milestone`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct MilestoneOrHilRequiredEnvelope {
        ///A `Milestone`, or an `HilRequired` when `verification_required` is `true`. Absent on failure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<::serde_json::Value>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl MilestoneOrHilRequiredEnvelope {
        #[inline]
        pub fn builder() -> builder::MilestoneOrHilRequiredEnvelope {
            Default::default()
        }
    }
    ///A human-in-the-loop verification awaiting approval.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct PendingVerification {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub checkpoint_order: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub checkpoint_title: ::std::option::Option<::std::string::String>,
        pub expires_at: crate::Timestamp,
        pub group_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group_name: ::std::option::Option<::std::string::String>,
        ///For a `checkpoint` target, its milestone.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub milestone_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub milestone_title: ::std::option::Option<::std::string::String>,
        ///For a `vote` target, its proposal.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub proposal_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub proposal_options: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub proposal_title: ::std::option::Option<::std::string::String>,
        pub requested_at: crate::Timestamp,
        pub requested_by: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub requester_name: ::std::option::Option<::std::string::String>,
        pub status: crate::clink::generated::enums::VerificationStatus,
        pub target_type: crate::clink::generated::enums::VerificationTargetType,
        pub verification_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub voting_type: ::std::option::Option<
            crate::clink::generated::enums::VotingType,
        >,
    }
    impl PendingVerification {
        #[inline]
        pub fn builder() -> builder::PendingVerification {
            Default::default()
        }
    }
    ///`data` of `list_pending_verifications`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct PendingVerificationList {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub verifications: ::std::vec::Vec<PendingVerification>,
    }
    impl PendingVerificationList {
        #[inline]
        pub fn builder() -> builder::PendingVerificationList {
            Default::default()
        }
    }
    ///Response envelope of `list_pending_verifications`; `data` holds the `PendingVerificationList` payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct PendingVerificationListEnvelope {
        ///The payload; absent or null when the call failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<PendingVerificationList>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl PendingVerificationListEnvelope {
        #[inline]
        pub fn builder() -> builder::PendingVerificationListEnvelope {
            Default::default()
        }
    }
    ///Whether one permission is granted, with its explanation.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct PermissionInfo {
        pub description: ::std::string::String,
        pub granted: bool,
    }
    impl PermissionInfo {
        #[inline]
        pub fn builder() -> builder::PermissionInfo {
            Default::default()
        }
    }
    ///The permissions of the calling API key.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct PermissionsResponse {
        pub owner_type: crate::clink::generated::enums::PermissionOwnerType,
        ///Permission name -> granted.
        pub permissions: ::std::collections::HashMap<::std::string::String, bool>,
        ///Permission name -> grant and description.
        pub permissions_info: ::std::collections::HashMap<
            ::std::string::String,
            PermissionInfo,
        >,
        ///Id of the user or group the key is scoped to.
        pub scope_id: ::std::string::String,
        pub scope_type: crate::clink::generated::enums::PermissionScopeType,
    }
    impl PermissionsResponse {
        #[inline]
        pub fn builder() -> builder::PermissionsResponse {
            Default::default()
        }
    }
    ///Response envelope of `get_my_permissions`; `data` holds the `PermissionsResponse` payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct PermissionsResponseEnvelope {
        ///The payload; absent or null when the call failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<PermissionsResponse>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl PermissionsResponseEnvelope {
        #[inline]
        pub fn builder() -> builder::PermissionsResponseEnvelope {
            Default::default()
        }
    }
    ///A project, which groups milestones within a group.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Project {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub archived_at: ::std::option::Option<crate::Timestamp>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub archived_by: ::std::option::Option<::std::string::String>,
        ///Display colour (e.g. `"#3b82f6"`).
        pub color: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub completed_at: ::std::option::Option<crate::Timestamp>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub completed_by: ::std::option::Option<::std::string::String>,
        pub created_at: crate::Timestamp,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_by: ::std::option::Option<::std::string::String>,
        pub description: ::std::string::String,
        pub group_id: ::std::string::String,
        ///Whether this is the group's default ("General") project, which cannot be archived.
        pub is_default: bool,
        pub project_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reopened_at: ::std::option::Option<crate::Timestamp>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reopened_by: ::std::option::Option<::std::string::String>,
        pub slug: ::std::string::String,
        pub status: crate::clink::generated::enums::ProjectStatus,
        pub title: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
    }
    impl Project {
        #[inline]
        pub fn builder() -> builder::Project {
            Default::default()
        }
    }
    ///Response envelope of the project operations; `data` holds the `Project` payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ProjectEnvelope {
        ///The payload; absent or null when the call failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<Project>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl ProjectEnvelope {
        #[inline]
        pub fn builder() -> builder::ProjectEnvelope {
            Default::default()
        }
    }
    ///`data` of `list_projects`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct ProjectList {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub projects: ::std::vec::Vec<Project>,
    }
    impl ProjectList {
        #[inline]
        pub fn builder() -> builder::ProjectList {
            Default::default()
        }
    }
    ///Response envelope of `list_projects`; `data` holds the `ProjectList` payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ProjectListEnvelope {
        ///The payload; absent or null when the call failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<ProjectList>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl ProjectListEnvelope {
        #[inline]
        pub fn builder() -> builder::ProjectListEnvelope {
            Default::default()
        }
    }
    ///A proposal put to a group's vote, with its votes and result.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Proposal {
        pub created_at: crate::Timestamp,
        ///When voting closes, if the proposal has a deadline.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deadline: ::std::option::Option<crate::Timestamp>,
        pub description: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub finalized_at: ::std::option::Option<crate::Timestamp>,
        pub group_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub linked_checkpoint_order: ::std::option::Option<i64>,
        ///The milestone whose checkpoint this proposal gates, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub linked_milestone_id: ::std::option::Option<::std::string::String>,
        ///The options voted on (empty for `yes_no`).
        pub options: ::std::vec::Vec<::std::string::String>,
        pub proposal_id: ::std::string::String,
        pub proposer_id: ::std::string::String,
        ///The outcome once finalized (e.g. the winning option).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub result: ::std::option::Option<::std::string::String>,
        pub status: crate::clink::generated::enums::ProposalStatus,
        ///Number of votes per option (or per `yes`/`no`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tally: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, i64>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub threshold_met: ::std::option::Option<bool>,
        pub threshold_type: crate::clink::generated::enums::ThresholdType,
        pub title: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vote_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub votes: ::std::option::Option<::std::vec::Vec<Vote>>,
        pub voting_type: crate::clink::generated::enums::VotingType,
    }
    impl Proposal {
        #[inline]
        pub fn builder() -> builder::Proposal {
            Default::default()
        }
    }
    ///Response envelope of create_proposal, get_proposal and finalize_proposal; `data` holds the `Proposal` payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ProposalEnvelope {
        ///The payload; absent or null when the call failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<Proposal>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl ProposalEnvelope {
        #[inline]
        pub fn builder() -> builder::ProposalEnvelope {
            Default::default()
        }
    }
    ///`data` of `list_proposals`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct ProposalList {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub proposals: ::std::vec::Vec<Proposal>,
    }
    impl ProposalList {
        #[inline]
        pub fn builder() -> builder::ProposalList {
            Default::default()
        }
    }
    ///Response envelope of `list_proposals`; `data` holds the `ProposalList` payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ProposalListEnvelope {
        ///The payload; absent or null when the call failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<ProposalList>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl ProposalListEnvelope {
        #[inline]
        pub fn builder() -> builder::ProposalListEnvelope {
            Default::default()
        }
    }
    /**Envelope of `cast_vote`. `data` is free-form JSON because it is either a `Proposal`
or an `HilRequired`: decode it into `HilRequired` when `data.verification_required`
is `true`, otherwise into `Proposal`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ProposalOrHilRequiredEnvelope {
        ///A `Proposal`, or an `HilRequired` when `verification_required` is `true`. Absent on failure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<::serde_json::Value>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl ProposalOrHilRequiredEnvelope {
        #[inline]
        pub fn builder() -> builder::ProposalOrHilRequiredEnvelope {
            Default::default()
        }
    }
    ///Body of `send_clink`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct SendClinkRequest {
        ///The message text, at most 4096 characters.
        pub content: ::std::string::String,
        ///Address the clink to this user id or agent profile id; omit for the whole group.
        #[serde(rename = "for", skip_serializing_if = "::std::option::Option::is_none")]
        pub for_: ::std::option::Option<::std::string::String>,
    }
    impl SendClinkRequest {
        #[inline]
        pub fn builder() -> builder::SendClinkRequest {
            Default::default()
        }
    }
    ///Body of `submit_feedback`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct SubmitFeedbackRequest {
        pub category: crate::clink::generated::enums::FeedbackCategory,
        ///The feedback text, at most 8192 characters.
        pub content: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<FeedbackContext>,
    }
    impl SubmitFeedbackRequest {
        #[inline]
        pub fn builder() -> builder::SubmitFeedbackRequest {
            Default::default()
        }
    }
    ///Body of `update_checkpoint`; omitted fields are unchanged.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateCheckpointRequest {
        /**Replaces the dependencies (see `CheckpointDependency`); an empty list clears them,
an absent field leaves them unchanged.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub depends_on: ::std::option::Option<::std::vec::Vec<CheckpointDependency>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub git_branch_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub git_commit_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub git_pr_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl UpdateCheckpointRequest {
        #[inline]
        pub fn builder() -> builder::UpdateCheckpointRequest {
            Default::default()
        }
    }
    ///Body of `update_milestone`; omitted fields are unchanged.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateMilestoneRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl UpdateMilestoneRequest {
        #[inline]
        pub fn builder() -> builder::UpdateMilestoneRequest {
            Default::default()
        }
    }
    ///Body of `update_project`; omitted fields are unchanged.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateProjectRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub color: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub slug: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl UpdateProjectRequest {
        #[inline]
        pub fn builder() -> builder::UpdateProjectRequest {
            Default::default()
        }
    }
    ///One vote cast on a proposal.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Vote {
        pub comment: ::std::string::String,
        ///The vote as cast (`yes`/`no`, an option, or a ranking).
        pub vote: ::std::string::String,
        pub voted_at: crate::Timestamp,
        pub voter_id: ::std::string::String,
    }
    impl Vote {
        #[inline]
        pub fn builder() -> builder::Vote {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AddCheckpointRequest {
            depends_on: ::std::result::Result<
                ::std::vec::Vec<super::CheckpointDependency>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            git_branch_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            git_commit_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            git_pr_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            position: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            requires_consensus: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AddCheckpointRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    depends_on: Ok(crate::builders::default()),
                    description: Ok(::std::option::Option::None),
                    git_branch_url: Ok(::std::option::Option::None),
                    git_commit_url: Ok(::std::option::Option::None),
                    git_pr_url: Ok(::std::option::Option::None),
                    position: Ok(::std::option::Option::None),
                    requires_consensus: Ok(::std::option::Option::None),
                    title: Err(crate::builders::message("no value supplied for title")),
                }
            }
        }
        impl AddCheckpointRequest {
            #[inline]
            pub fn depends_on<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CheckpointDependency>>,
                T::Error: ::std::fmt::Display,
            {
                self.depends_on = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for depends_on: {e}")
                    });
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            #[inline]
            pub fn git_branch_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_branch_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for git_branch_url: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn git_commit_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_commit_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for git_commit_url: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn git_pr_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_pr_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for git_pr_url: {e}")
                    });
                self
            }
            #[inline]
            pub fn position<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.position = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for position: {e}")
                    });
                self
            }
            #[inline]
            pub fn requires_consensus<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.requires_consensus = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for requires_consensus: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AddCheckpointRequest>
        for super::AddCheckpointRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: AddCheckpointRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.depends_on {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.git_branch_url {
                    Some(e)
                } else if let Err(e) = &value.git_commit_url {
                    Some(e)
                } else if let Err(e) = &value.git_pr_url {
                    Some(e)
                } else if let Err(e) = &value.position {
                    Some(e)
                } else if let Err(e) = &value.requires_consensus {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    depends_on: crate::builders::ok(value.depends_on),
                    description: crate::builders::ok(value.description),
                    git_branch_url: crate::builders::ok(value.git_branch_url),
                    git_commit_url: crate::builders::ok(value.git_commit_url),
                    git_pr_url: crate::builders::ok(value.git_pr_url),
                    position: crate::builders::ok(value.position),
                    requires_consensus: crate::builders::ok(value.requires_consensus),
                    title: crate::builders::ok(value.title),
                })
            }
        }
        impl ::std::convert::From<super::AddCheckpointRequest> for AddCheckpointRequest {
            #[inline]
            fn from(value: super::AddCheckpointRequest) -> Self {
                Self {
                    depends_on: Ok(value.depends_on),
                    description: Ok(value.description),
                    git_branch_url: Ok(value.git_branch_url),
                    git_commit_url: Ok(value.git_commit_url),
                    git_pr_url: Ok(value.git_pr_url),
                    position: Ok(value.position),
                    requires_consensus: Ok(value.requires_consensus),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CastVoteRequest {
            comment: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            hil_expiry_seconds: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            vote: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CastVoteRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    comment: Ok(::std::option::Option::None),
                    hil_expiry_seconds: Ok(::std::option::Option::None),
                    vote: Err(crate::builders::message("no value supplied for vote")),
                }
            }
        }
        impl CastVoteRequest {
            #[inline]
            pub fn comment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.comment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for comment: {e}")
                    });
                self
            }
            #[inline]
            pub fn hil_expiry_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.hil_expiry_seconds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for hil_expiry_seconds: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn vote<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.vote = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vote: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CastVoteRequest> for super::CastVoteRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CastVoteRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.comment {
                    Some(e)
                } else if let Err(e) = &value.hil_expiry_seconds {
                    Some(e)
                } else if let Err(e) = &value.vote {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    comment: crate::builders::ok(value.comment),
                    hil_expiry_seconds: crate::builders::ok(value.hil_expiry_seconds),
                    vote: crate::builders::ok(value.vote),
                })
            }
        }
        impl ::std::convert::From<super::CastVoteRequest> for CastVoteRequest {
            #[inline]
            fn from(value: super::CastVoteRequest) -> Self {
                Self {
                    comment: Ok(value.comment),
                    hil_expiry_seconds: Ok(value.hil_expiry_seconds),
                    vote: Ok(value.vote),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Checkpoint {
            completed_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            completed_by: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            depends_on: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::CheckpointDependency>>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            git_branch_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            git_commit_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            git_pr_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order: ::std::result::Result<i64, ::std::string::String>,
            proposal_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            requires_proposal_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::clink::generated::enums::CheckpointStatus,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Checkpoint {
            #[inline]
            fn default() -> Self {
                Self {
                    completed_at: Ok(::std::option::Option::None),
                    completed_by: Ok(::std::option::Option::None),
                    depends_on: Ok(::std::option::Option::None),
                    description: Err(
                        crate::builders::message("no value supplied for description"),
                    ),
                    git_branch_url: Ok(::std::option::Option::None),
                    git_commit_url: Ok(::std::option::Option::None),
                    git_pr_url: Ok(::std::option::Option::None),
                    order: Err(crate::builders::message("no value supplied for order")),
                    proposal_status: Ok(::std::option::Option::None),
                    requires_proposal_id: Ok(::std::option::Option::None),
                    status: Err(
                        crate::builders::message("no value supplied for status"),
                    ),
                    title: Err(crate::builders::message("no value supplied for title")),
                }
            }
        }
        impl Checkpoint {
            #[inline]
            pub fn completed_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.completed_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for completed_at: {e}")
                    });
                self
            }
            #[inline]
            pub fn completed_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.completed_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for completed_by: {e}")
                    });
                self
            }
            #[inline]
            pub fn depends_on<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::CheckpointDependency>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.depends_on = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for depends_on: {e}")
                    });
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            #[inline]
            pub fn git_branch_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_branch_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for git_branch_url: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn git_commit_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_commit_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for git_commit_url: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn git_pr_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_pr_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for git_pr_url: {e}")
                    });
                self
            }
            #[inline]
            pub fn order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.order = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order: {e}")
                    });
                self
            }
            #[inline]
            pub fn proposal_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.proposal_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for proposal_status: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn requires_proposal_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.requires_proposal_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for requires_proposal_id: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::clink::generated::enums::CheckpointStatus,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Checkpoint> for super::Checkpoint {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: Checkpoint,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.completed_at {
                    Some(e)
                } else if let Err(e) = &value.completed_by {
                    Some(e)
                } else if let Err(e) = &value.depends_on {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.git_branch_url {
                    Some(e)
                } else if let Err(e) = &value.git_commit_url {
                    Some(e)
                } else if let Err(e) = &value.git_pr_url {
                    Some(e)
                } else if let Err(e) = &value.order {
                    Some(e)
                } else if let Err(e) = &value.proposal_status {
                    Some(e)
                } else if let Err(e) = &value.requires_proposal_id {
                    Some(e)
                } else if let Err(e) = &value.status {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    completed_at: crate::builders::ok(value.completed_at),
                    completed_by: crate::builders::ok(value.completed_by),
                    depends_on: crate::builders::ok(value.depends_on),
                    description: crate::builders::ok(value.description),
                    git_branch_url: crate::builders::ok(value.git_branch_url),
                    git_commit_url: crate::builders::ok(value.git_commit_url),
                    git_pr_url: crate::builders::ok(value.git_pr_url),
                    order: crate::builders::ok(value.order),
                    proposal_status: crate::builders::ok(value.proposal_status),
                    requires_proposal_id: crate::builders::ok(
                        value.requires_proposal_id,
                    ),
                    status: crate::builders::ok(value.status),
                    title: crate::builders::ok(value.title),
                })
            }
        }
        impl ::std::convert::From<super::Checkpoint> for Checkpoint {
            #[inline]
            fn from(value: super::Checkpoint) -> Self {
                Self {
                    completed_at: Ok(value.completed_at),
                    completed_by: Ok(value.completed_by),
                    depends_on: Ok(value.depends_on),
                    description: Ok(value.description),
                    git_branch_url: Ok(value.git_branch_url),
                    git_commit_url: Ok(value.git_commit_url),
                    git_pr_url: Ok(value.git_pr_url),
                    order: Ok(value.order),
                    proposal_status: Ok(value.proposal_status),
                    requires_proposal_id: Ok(value.requires_proposal_id),
                    status: Ok(value.status),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckpointInput {
            depends_on: ::std::result::Result<
                ::std::vec::Vec<super::CheckpointDependency>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            git_branch_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            git_commit_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            git_pr_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            requires_consensus: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CheckpointInput {
            #[inline]
            fn default() -> Self {
                Self {
                    depends_on: Ok(crate::builders::default()),
                    description: Ok(::std::option::Option::None),
                    git_branch_url: Ok(::std::option::Option::None),
                    git_commit_url: Ok(::std::option::Option::None),
                    git_pr_url: Ok(::std::option::Option::None),
                    requires_consensus: Ok(::std::option::Option::None),
                    title: Err(crate::builders::message("no value supplied for title")),
                }
            }
        }
        impl CheckpointInput {
            #[inline]
            pub fn depends_on<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CheckpointDependency>>,
                T::Error: ::std::fmt::Display,
            {
                self.depends_on = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for depends_on: {e}")
                    });
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            #[inline]
            pub fn git_branch_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_branch_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for git_branch_url: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn git_commit_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_commit_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for git_commit_url: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn git_pr_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_pr_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for git_pr_url: {e}")
                    });
                self
            }
            #[inline]
            pub fn requires_consensus<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.requires_consensus = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for requires_consensus: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckpointInput> for super::CheckpointInput {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CheckpointInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.depends_on {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.git_branch_url {
                    Some(e)
                } else if let Err(e) = &value.git_commit_url {
                    Some(e)
                } else if let Err(e) = &value.git_pr_url {
                    Some(e)
                } else if let Err(e) = &value.requires_consensus {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    depends_on: crate::builders::ok(value.depends_on),
                    description: crate::builders::ok(value.description),
                    git_branch_url: crate::builders::ok(value.git_branch_url),
                    git_commit_url: crate::builders::ok(value.git_commit_url),
                    git_pr_url: crate::builders::ok(value.git_pr_url),
                    requires_consensus: crate::builders::ok(value.requires_consensus),
                    title: crate::builders::ok(value.title),
                })
            }
        }
        impl ::std::convert::From<super::CheckpointInput> for CheckpointInput {
            #[inline]
            fn from(value: super::CheckpointInput) -> Self {
                Self {
                    depends_on: Ok(value.depends_on),
                    description: Ok(value.description),
                    git_branch_url: Ok(value.git_branch_url),
                    git_commit_url: Ok(value.git_commit_url),
                    git_pr_url: Ok(value.git_pr_url),
                    requires_consensus: Ok(value.requires_consensus),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ClaimClinkRequest {
            timeout_seconds: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ClaimClinkRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    timeout_seconds: Ok(::std::option::Option::None),
                }
            }
        }
        impl ClaimClinkRequest {
            #[inline]
            pub fn timeout_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.timeout_seconds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for timeout_seconds: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ClaimClinkRequest> for super::ClaimClinkRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: ClaimClinkRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.timeout_seconds {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    timeout_seconds: crate::builders::ok(value.timeout_seconds),
                })
            }
        }
        impl ::std::convert::From<super::ClaimClinkRequest> for ClaimClinkRequest {
            #[inline]
            fn from(value: super::ClaimClinkRequest) -> Self {
                Self {
                    timeout_seconds: Ok(value.timeout_seconds),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Clink {
            claim_expires_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            claimed_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            claimed_by: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            clink_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            completed_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            completed_by: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            content: ::std::result::Result<::std::string::String, ::std::string::String>,
            created_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
            for_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            group_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_slug: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sender_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            sender_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::clink::generated::enums::ClinkStatus,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Clink {
            #[inline]
            fn default() -> Self {
                Self {
                    claim_expires_at: Ok(::std::option::Option::None),
                    claimed_at: Ok(::std::option::Option::None),
                    claimed_by: Ok(::std::option::Option::None),
                    clink_id: Err(
                        crate::builders::message("no value supplied for clink_id"),
                    ),
                    completed_at: Ok(::std::option::Option::None),
                    completed_by: Ok(::std::option::Option::None),
                    content: Err(
                        crate::builders::message("no value supplied for content"),
                    ),
                    created_at: Err(
                        crate::builders::message("no value supplied for created_at"),
                    ),
                    for_: Ok(::std::option::Option::None),
                    group_id: Err(
                        crate::builders::message("no value supplied for group_id"),
                    ),
                    group_name: Ok(::std::option::Option::None),
                    group_slug: Ok(::std::option::Option::None),
                    sender_id: Err(
                        crate::builders::message("no value supplied for sender_id"),
                    ),
                    sender_name: Err(
                        crate::builders::message("no value supplied for sender_name"),
                    ),
                    status: Err(crate::builders::message("no value supplied for status")),
                }
            }
        }
        impl Clink {
            #[inline]
            pub fn claim_expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.claim_expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for claim_expires_at: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn claimed_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.claimed_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for claimed_at: {e}")
                    });
                self
            }
            #[inline]
            pub fn claimed_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.claimed_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for claimed_by: {e}")
                    });
                self
            }
            #[inline]
            pub fn clink_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.clink_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for clink_id: {e}")
                    });
                self
            }
            #[inline]
            pub fn completed_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.completed_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for completed_at: {e}")
                    });
                self
            }
            #[inline]
            pub fn completed_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.completed_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for completed_by: {e}")
                    });
                self
            }
            #[inline]
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content: {e}")
                    });
                self
            }
            #[inline]
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            #[inline]
            pub fn for_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.for_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for for_: {e}")
                    });
                self
            }
            #[inline]
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            #[inline]
            pub fn group_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_name: {e}")
                    });
                self
            }
            #[inline]
            pub fn group_slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_slug: {e}")
                    });
                self
            }
            #[inline]
            pub fn sender_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.sender_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sender_id: {e}")
                    });
                self
            }
            #[inline]
            pub fn sender_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.sender_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sender_name: {e}")
                    });
                self
            }
            #[inline]
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::clink::generated::enums::ClinkStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Clink> for super::Clink {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: Clink,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.claim_expires_at {
                    Some(e)
                } else if let Err(e) = &value.claimed_at {
                    Some(e)
                } else if let Err(e) = &value.claimed_by {
                    Some(e)
                } else if let Err(e) = &value.clink_id {
                    Some(e)
                } else if let Err(e) = &value.completed_at {
                    Some(e)
                } else if let Err(e) = &value.completed_by {
                    Some(e)
                } else if let Err(e) = &value.content {
                    Some(e)
                } else if let Err(e) = &value.created_at {
                    Some(e)
                } else if let Err(e) = &value.for_ {
                    Some(e)
                } else if let Err(e) = &value.group_id {
                    Some(e)
                } else if let Err(e) = &value.group_name {
                    Some(e)
                } else if let Err(e) = &value.group_slug {
                    Some(e)
                } else if let Err(e) = &value.sender_id {
                    Some(e)
                } else if let Err(e) = &value.sender_name {
                    Some(e)
                } else if let Err(e) = &value.status {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    claim_expires_at: crate::builders::ok(value.claim_expires_at),
                    claimed_at: crate::builders::ok(value.claimed_at),
                    claimed_by: crate::builders::ok(value.claimed_by),
                    clink_id: crate::builders::ok(value.clink_id),
                    completed_at: crate::builders::ok(value.completed_at),
                    completed_by: crate::builders::ok(value.completed_by),
                    content: crate::builders::ok(value.content),
                    created_at: crate::builders::ok(value.created_at),
                    for_: crate::builders::ok(value.for_),
                    group_id: crate::builders::ok(value.group_id),
                    group_name: crate::builders::ok(value.group_name),
                    group_slug: crate::builders::ok(value.group_slug),
                    sender_id: crate::builders::ok(value.sender_id),
                    sender_name: crate::builders::ok(value.sender_name),
                    status: crate::builders::ok(value.status),
                })
            }
        }
        impl ::std::convert::From<super::Clink> for Clink {
            #[inline]
            fn from(value: super::Clink) -> Self {
                Self {
                    claim_expires_at: Ok(value.claim_expires_at),
                    claimed_at: Ok(value.claimed_at),
                    claimed_by: Ok(value.claimed_by),
                    clink_id: Ok(value.clink_id),
                    completed_at: Ok(value.completed_at),
                    completed_by: Ok(value.completed_by),
                    content: Ok(value.content),
                    created_at: Ok(value.created_at),
                    for_: Ok(value.for_),
                    group_id: Ok(value.group_id),
                    group_name: Ok(value.group_name),
                    group_slug: Ok(value.group_slug),
                    sender_id: Ok(value.sender_id),
                    sender_name: Ok(value.sender_name),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ClinkEnvelope {
            data: ::std::result::Result<
                ::std::option::Option<super::Clink>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for ClinkEnvelope {
            #[inline]
            fn default() -> Self {
                Self {
                    data: Ok(::std::option::Option::None),
                    error: Ok(::std::option::Option::None),
                    message: Ok(::std::option::Option::None),
                    success: Err(
                        crate::builders::message("no value supplied for success"),
                    ),
                }
            }
        }
        impl ClinkEnvelope {
            #[inline]
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Clink>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            #[inline]
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            #[inline]
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            #[inline]
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ClinkEnvelope> for super::ClinkEnvelope {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: ClinkEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.data {
                    Some(e)
                } else if let Err(e) = &value.error {
                    Some(e)
                } else if let Err(e) = &value.message {
                    Some(e)
                } else if let Err(e) = &value.success {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    data: crate::builders::ok(value.data),
                    error: crate::builders::ok(value.error),
                    message: crate::builders::ok(value.message),
                    success: crate::builders::ok(value.success),
                })
            }
        }
        impl ::std::convert::From<super::ClinkEnvelope> for ClinkEnvelope {
            #[inline]
            fn from(value: super::ClinkEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ClinkList {
            clinks: ::std::result::Result<
                ::std::vec::Vec<super::Clink>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ClinkList {
            #[inline]
            fn default() -> Self {
                Self {
                    clinks: Ok(crate::builders::default()),
                }
            }
        }
        impl ClinkList {
            #[inline]
            pub fn clinks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Clink>>,
                T::Error: ::std::fmt::Display,
            {
                self.clinks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for clinks: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ClinkList> for super::ClinkList {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: ClinkList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.clinks {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    clinks: crate::builders::ok(value.clinks),
                })
            }
        }
        impl ::std::convert::From<super::ClinkList> for ClinkList {
            #[inline]
            fn from(value: super::ClinkList) -> Self {
                Self { clinks: Ok(value.clinks) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ClinkListEnvelope {
            data: ::std::result::Result<
                ::std::option::Option<super::ClinkList>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for ClinkListEnvelope {
            #[inline]
            fn default() -> Self {
                Self {
                    data: Ok(::std::option::Option::None),
                    error: Ok(::std::option::Option::None),
                    message: Ok(::std::option::Option::None),
                    success: Err(
                        crate::builders::message("no value supplied for success"),
                    ),
                }
            }
        }
        impl ClinkListEnvelope {
            #[inline]
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ClinkList>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            #[inline]
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            #[inline]
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            #[inline]
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ClinkListEnvelope> for super::ClinkListEnvelope {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: ClinkListEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.data {
                    Some(e)
                } else if let Err(e) = &value.error {
                    Some(e)
                } else if let Err(e) = &value.message {
                    Some(e)
                } else if let Err(e) = &value.success {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    data: crate::builders::ok(value.data),
                    error: crate::builders::ok(value.error),
                    message: crate::builders::ok(value.message),
                    success: crate::builders::ok(value.success),
                })
            }
        }
        impl ::std::convert::From<super::ClinkListEnvelope> for ClinkListEnvelope {
            #[inline]
            fn from(value: super::ClinkListEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CompleteCheckpointRequest {
            hil_expiry_seconds: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CompleteCheckpointRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    hil_expiry_seconds: Ok(::std::option::Option::None),
                }
            }
        }
        impl CompleteCheckpointRequest {
            #[inline]
            pub fn hil_expiry_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.hil_expiry_seconds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for hil_expiry_seconds: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CompleteCheckpointRequest>
        for super::CompleteCheckpointRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CompleteCheckpointRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.hil_expiry_seconds {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    hil_expiry_seconds: crate::builders::ok(value.hil_expiry_seconds),
                })
            }
        }
        impl ::std::convert::From<super::CompleteCheckpointRequest>
        for CompleteCheckpointRequest {
            #[inline]
            fn from(value: super::CompleteCheckpointRequest) -> Self {
                Self {
                    hil_expiry_seconds: Ok(value.hil_expiry_seconds),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CompleteClinkRequest {
            response: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CompleteClinkRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    response: Ok(::std::option::Option::None),
                }
            }
        }
        impl CompleteClinkRequest {
            #[inline]
            pub fn response<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CompleteClinkRequest>
        for super::CompleteClinkRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CompleteClinkRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.response {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    response: crate::builders::ok(value.response),
                })
            }
        }
        impl ::std::convert::From<super::CompleteClinkRequest> for CompleteClinkRequest {
            #[inline]
            fn from(value: super::CompleteClinkRequest) -> Self {
                Self {
                    response: Ok(value.response),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CompleteClinkResult {
            clink: ::std::result::Result<super::Clink, ::std::string::String>,
            response_clink_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CompleteClinkResult {
            #[inline]
            fn default() -> Self {
                Self {
                    clink: Err(crate::builders::message("no value supplied for clink")),
                    response_clink_id: Ok(::std::option::Option::None),
                }
            }
        }
        impl CompleteClinkResult {
            #[inline]
            pub fn clink<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Clink>,
                T::Error: ::std::fmt::Display,
            {
                self.clink = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for clink: {e}")
                    });
                self
            }
            #[inline]
            pub fn response_clink_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_clink_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_clink_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CompleteClinkResult>
        for super::CompleteClinkResult {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CompleteClinkResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.clink {
                    Some(e)
                } else if let Err(e) = &value.response_clink_id {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    clink: crate::builders::ok(value.clink),
                    response_clink_id: crate::builders::ok(value.response_clink_id),
                })
            }
        }
        impl ::std::convert::From<super::CompleteClinkResult> for CompleteClinkResult {
            #[inline]
            fn from(value: super::CompleteClinkResult) -> Self {
                Self {
                    clink: Ok(value.clink),
                    response_clink_id: Ok(value.response_clink_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CompleteClinkResultEnvelope {
            data: ::std::result::Result<
                ::std::option::Option<super::CompleteClinkResult>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for CompleteClinkResultEnvelope {
            #[inline]
            fn default() -> Self {
                Self {
                    data: Ok(::std::option::Option::None),
                    error: Ok(::std::option::Option::None),
                    message: Ok(::std::option::Option::None),
                    success: Err(
                        crate::builders::message("no value supplied for success"),
                    ),
                }
            }
        }
        impl CompleteClinkResultEnvelope {
            #[inline]
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CompleteClinkResult>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            #[inline]
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            #[inline]
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            #[inline]
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CompleteClinkResultEnvelope>
        for super::CompleteClinkResultEnvelope {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CompleteClinkResultEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.data {
                    Some(e)
                } else if let Err(e) = &value.error {
                    Some(e)
                } else if let Err(e) = &value.message {
                    Some(e)
                } else if let Err(e) = &value.success {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    data: crate::builders::ok(value.data),
                    error: crate::builders::ok(value.error),
                    message: crate::builders::ok(value.message),
                    success: crate::builders::ok(value.success),
                })
            }
        }
        impl ::std::convert::From<super::CompleteClinkResultEnvelope>
        for CompleteClinkResultEnvelope {
            #[inline]
            fn from(value: super::CompleteClinkResultEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateMilestoneRequest {
            checkpoints: ::std::result::Result<
                ::std::vec::Vec<super::CheckpointInput>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            project_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateMilestoneRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    checkpoints: Err(
                        crate::builders::message("no value supplied for checkpoints"),
                    ),
                    description: Ok(::std::option::Option::None),
                    project_id: Ok(::std::option::Option::None),
                    title: Err(crate::builders::message("no value supplied for title")),
                }
            }
        }
        impl CreateMilestoneRequest {
            #[inline]
            pub fn checkpoints<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CheckpointInput>>,
                T::Error: ::std::fmt::Display,
            {
                self.checkpoints = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for checkpoints: {e}")
                    });
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            #[inline]
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.project_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for project_id: {e}")
                    });
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateMilestoneRequest>
        for super::CreateMilestoneRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CreateMilestoneRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.checkpoints {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.project_id {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    checkpoints: crate::builders::ok(value.checkpoints),
                    description: crate::builders::ok(value.description),
                    project_id: crate::builders::ok(value.project_id),
                    title: crate::builders::ok(value.title),
                })
            }
        }
        impl ::std::convert::From<super::CreateMilestoneRequest>
        for CreateMilestoneRequest {
            #[inline]
            fn from(value: super::CreateMilestoneRequest) -> Self {
                Self {
                    checkpoints: Ok(value.checkpoints),
                    description: Ok(value.description),
                    project_id: Ok(value.project_id),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateProjectRequest {
            color: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            slug: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateProjectRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    color: Ok(::std::option::Option::None),
                    description: Ok(::std::option::Option::None),
                    slug: Ok(::std::option::Option::None),
                    title: Err(crate::builders::message("no value supplied for title")),
                }
            }
        }
        impl CreateProjectRequest {
            #[inline]
            pub fn color<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.color = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for color: {e}")
                    });
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            #[inline]
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateProjectRequest>
        for super::CreateProjectRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CreateProjectRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.color {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.slug {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    color: crate::builders::ok(value.color),
                    description: crate::builders::ok(value.description),
                    slug: crate::builders::ok(value.slug),
                    title: crate::builders::ok(value.title),
                })
            }
        }
        impl ::std::convert::From<super::CreateProjectRequest> for CreateProjectRequest {
            #[inline]
            fn from(value: super::CreateProjectRequest) -> Self {
                Self {
                    color: Ok(value.color),
                    description: Ok(value.description),
                    slug: Ok(value.slug),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateProposalRequest {
            deadline_hours: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            options: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            threshold_type: ::std::result::Result<
                ::std::option::Option<crate::clink::generated::enums::ThresholdType>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            voting_type: ::std::result::Result<
                ::std::option::Option<crate::clink::generated::enums::VotingType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateProposalRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    deadline_hours: Ok(::std::option::Option::None),
                    description: Ok(::std::option::Option::None),
                    options: Ok(crate::builders::default()),
                    threshold_type: Ok(::std::option::Option::None),
                    title: Err(crate::builders::message("no value supplied for title")),
                    voting_type: Ok(::std::option::Option::None),
                }
            }
        }
        impl CreateProposalRequest {
            #[inline]
            pub fn deadline_hours<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.deadline_hours = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deadline_hours: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            #[inline]
            pub fn options<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.options = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for options: {e}")
                    });
                self
            }
            #[inline]
            pub fn threshold_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::clink::generated::enums::ThresholdType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.threshold_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for threshold_type: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            #[inline]
            pub fn voting_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::clink::generated::enums::VotingType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.voting_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for voting_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateProposalRequest>
        for super::CreateProposalRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CreateProposalRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.deadline_hours {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.options {
                    Some(e)
                } else if let Err(e) = &value.threshold_type {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else if let Err(e) = &value.voting_type {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    deadline_hours: crate::builders::ok(value.deadline_hours),
                    description: crate::builders::ok(value.description),
                    options: crate::builders::ok(value.options),
                    threshold_type: crate::builders::ok(value.threshold_type),
                    title: crate::builders::ok(value.title),
                    voting_type: crate::builders::ok(value.voting_type),
                })
            }
        }
        impl ::std::convert::From<super::CreateProposalRequest>
        for CreateProposalRequest {
            #[inline]
            fn from(value: super::CreateProposalRequest) -> Self {
                Self {
                    deadline_hours: Ok(value.deadline_hours),
                    description: Ok(value.description),
                    options: Ok(value.options),
                    threshold_type: Ok(value.threshold_type),
                    title: Ok(value.title),
                    voting_type: Ok(value.voting_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmptyRequest {}
        impl ::std::default::Default for EmptyRequest {
            #[inline]
            fn default() -> Self {
                Self {}
            }
        }
        impl EmptyRequest {}
        impl ::std::convert::TryFrom<EmptyRequest> for super::EmptyRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                _value: EmptyRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {})
            }
        }
        impl ::std::convert::From<super::EmptyRequest> for EmptyRequest {
            #[inline]
            fn from(_value: super::EmptyRequest) -> Self {
                Self {}
            }
        }
        #[derive(Clone, Debug)]
        pub struct FeedbackContext {
            tool: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FeedbackContext {
            #[inline]
            fn default() -> Self {
                Self {
                    tool: Ok(::std::option::Option::None),
                }
            }
        }
        impl FeedbackContext {
            #[inline]
            pub fn tool<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tool = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tool: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FeedbackContext> for super::FeedbackContext {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: FeedbackContext,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.tool { Some(e) } else { None };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    tool: crate::builders::ok(value.tool),
                })
            }
        }
        impl ::std::convert::From<super::FeedbackContext> for FeedbackContext {
            #[inline]
            fn from(value: super::FeedbackContext) -> Self {
                Self { tool: Ok(value.tool) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FeedbackResponse {
            category: ::std::result::Result<
                crate::clink::generated::enums::FeedbackCategory,
                ::std::string::String,
            >,
            feedback_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            submitted_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
        }
        impl ::std::default::Default for FeedbackResponse {
            #[inline]
            fn default() -> Self {
                Self {
                    category: Err(
                        crate::builders::message("no value supplied for category"),
                    ),
                    feedback_id: Err(
                        crate::builders::message("no value supplied for feedback_id"),
                    ),
                    submitted_at: Err(
                        crate::builders::message("no value supplied for submitted_at"),
                    ),
                }
            }
        }
        impl FeedbackResponse {
            #[inline]
            pub fn category<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::clink::generated::enums::FeedbackCategory,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.category = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for category: {e}")
                    });
                self
            }
            #[inline]
            pub fn feedback_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.feedback_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for feedback_id: {e}")
                    });
                self
            }
            #[inline]
            pub fn submitted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.submitted_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for submitted_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FeedbackResponse> for super::FeedbackResponse {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: FeedbackResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.category {
                    Some(e)
                } else if let Err(e) = &value.feedback_id {
                    Some(e)
                } else if let Err(e) = &value.submitted_at {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    category: crate::builders::ok(value.category),
                    feedback_id: crate::builders::ok(value.feedback_id),
                    submitted_at: crate::builders::ok(value.submitted_at),
                })
            }
        }
        impl ::std::convert::From<super::FeedbackResponse> for FeedbackResponse {
            #[inline]
            fn from(value: super::FeedbackResponse) -> Self {
                Self {
                    category: Ok(value.category),
                    feedback_id: Ok(value.feedback_id),
                    submitted_at: Ok(value.submitted_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FeedbackResponseEnvelope {
            data: ::std::result::Result<
                ::std::option::Option<super::FeedbackResponse>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for FeedbackResponseEnvelope {
            #[inline]
            fn default() -> Self {
                Self {
                    data: Ok(::std::option::Option::None),
                    error: Ok(::std::option::Option::None),
                    message: Ok(::std::option::Option::None),
                    success: Err(
                        crate::builders::message("no value supplied for success"),
                    ),
                }
            }
        }
        impl FeedbackResponseEnvelope {
            #[inline]
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::FeedbackResponse>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            #[inline]
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            #[inline]
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            #[inline]
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FeedbackResponseEnvelope>
        for super::FeedbackResponseEnvelope {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: FeedbackResponseEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.data {
                    Some(e)
                } else if let Err(e) = &value.error {
                    Some(e)
                } else if let Err(e) = &value.message {
                    Some(e)
                } else if let Err(e) = &value.success {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    data: crate::builders::ok(value.data),
                    error: crate::builders::ok(value.error),
                    message: crate::builders::ok(value.message),
                    success: crate::builders::ok(value.success),
                })
            }
        }
        impl ::std::convert::From<super::FeedbackResponseEnvelope>
        for FeedbackResponseEnvelope {
            #[inline]
            fn from(value: super::FeedbackResponseEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FinalizeProposalRequest {
            total_eligible_voters: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FinalizeProposalRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    total_eligible_voters: Ok(::std::option::Option::None),
                }
            }
        }
        impl FinalizeProposalRequest {
            #[inline]
            pub fn total_eligible_voters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_eligible_voters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for total_eligible_voters: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FinalizeProposalRequest>
        for super::FinalizeProposalRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: FinalizeProposalRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.total_eligible_voters {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    total_eligible_voters: crate::builders::ok(
                        value.total_eligible_voters,
                    ),
                })
            }
        }
        impl ::std::convert::From<super::FinalizeProposalRequest>
        for FinalizeProposalRequest {
            #[inline]
            fn from(value: super::FinalizeProposalRequest) -> Self {
                Self {
                    total_eligible_voters: Ok(value.total_eligible_voters),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Group {
            created_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            group_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            owner_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            slug: ::std::result::Result<::std::string::String, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Group {
            #[inline]
            fn default() -> Self {
                Self {
                    created_at: Err(
                        crate::builders::message("no value supplied for created_at"),
                    ),
                    description: Err(
                        crate::builders::message("no value supplied for description"),
                    ),
                    group_id: Err(
                        crate::builders::message("no value supplied for group_id"),
                    ),
                    name: Err(crate::builders::message("no value supplied for name")),
                    owner_id: Err(
                        crate::builders::message("no value supplied for owner_id"),
                    ),
                    role: Ok(::std::option::Option::None),
                    slug: Err(crate::builders::message("no value supplied for slug")),
                    updated_at: Ok(::std::option::Option::None),
                }
            }
        }
        impl Group {
            #[inline]
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            #[inline]
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            #[inline]
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            #[inline]
            pub fn owner_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.owner_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner_id: {e}")
                    });
                self
            }
            #[inline]
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            #[inline]
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            #[inline]
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Group> for super::Group {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: Group,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.created_at {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.group_id {
                    Some(e)
                } else if let Err(e) = &value.name {
                    Some(e)
                } else if let Err(e) = &value.owner_id {
                    Some(e)
                } else if let Err(e) = &value.role {
                    Some(e)
                } else if let Err(e) = &value.slug {
                    Some(e)
                } else if let Err(e) = &value.updated_at {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    created_at: crate::builders::ok(value.created_at),
                    description: crate::builders::ok(value.description),
                    group_id: crate::builders::ok(value.group_id),
                    name: crate::builders::ok(value.name),
                    owner_id: crate::builders::ok(value.owner_id),
                    role: crate::builders::ok(value.role),
                    slug: crate::builders::ok(value.slug),
                    updated_at: crate::builders::ok(value.updated_at),
                })
            }
        }
        impl ::std::convert::From<super::Group> for Group {
            #[inline]
            fn from(value: super::Group) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    group_id: Ok(value.group_id),
                    name: Ok(value.name),
                    owner_id: Ok(value.owner_id),
                    role: Ok(value.role),
                    slug: Ok(value.slug),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GroupEnvelope {
            data: ::std::result::Result<
                ::std::option::Option<super::Group>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GroupEnvelope {
            #[inline]
            fn default() -> Self {
                Self {
                    data: Ok(::std::option::Option::None),
                    error: Ok(::std::option::Option::None),
                    message: Ok(::std::option::Option::None),
                    success: Err(
                        crate::builders::message("no value supplied for success"),
                    ),
                }
            }
        }
        impl GroupEnvelope {
            #[inline]
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Group>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            #[inline]
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            #[inline]
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            #[inline]
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GroupEnvelope> for super::GroupEnvelope {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: GroupEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.data {
                    Some(e)
                } else if let Err(e) = &value.error {
                    Some(e)
                } else if let Err(e) = &value.message {
                    Some(e)
                } else if let Err(e) = &value.success {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    data: crate::builders::ok(value.data),
                    error: crate::builders::ok(value.error),
                    message: crate::builders::ok(value.message),
                    success: crate::builders::ok(value.success),
                })
            }
        }
        impl ::std::convert::From<super::GroupEnvelope> for GroupEnvelope {
            #[inline]
            fn from(value: super::GroupEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GroupList {
            groups: ::std::result::Result<
                ::std::vec::Vec<super::Group>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GroupList {
            #[inline]
            fn default() -> Self {
                Self {
                    groups: Ok(crate::builders::default()),
                }
            }
        }
        impl GroupList {
            #[inline]
            pub fn groups<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Group>>,
                T::Error: ::std::fmt::Display,
            {
                self.groups = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for groups: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GroupList> for super::GroupList {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: GroupList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.groups {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    groups: crate::builders::ok(value.groups),
                })
            }
        }
        impl ::std::convert::From<super::GroupList> for GroupList {
            #[inline]
            fn from(value: super::GroupList) -> Self {
                Self { groups: Ok(value.groups) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GroupListEnvelope {
            data: ::std::result::Result<
                ::std::option::Option<super::GroupList>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for GroupListEnvelope {
            #[inline]
            fn default() -> Self {
                Self {
                    data: Ok(::std::option::Option::None),
                    error: Ok(::std::option::Option::None),
                    message: Ok(::std::option::Option::None),
                    success: Err(
                        crate::builders::message("no value supplied for success"),
                    ),
                }
            }
        }
        impl GroupListEnvelope {
            #[inline]
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::GroupList>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            #[inline]
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            #[inline]
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            #[inline]
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GroupListEnvelope> for super::GroupListEnvelope {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: GroupListEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.data {
                    Some(e)
                } else if let Err(e) = &value.error {
                    Some(e)
                } else if let Err(e) = &value.message {
                    Some(e)
                } else if let Err(e) = &value.success {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    data: crate::builders::ok(value.data),
                    error: crate::builders::ok(value.error),
                    message: crate::builders::ok(value.message),
                    success: crate::builders::ok(value.success),
                })
            }
        }
        impl ::std::convert::From<super::GroupListEnvelope> for GroupListEnvelope {
            #[inline]
            fn from(value: super::GroupListEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct HilRequired {
            expires_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            expires_in_seconds: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            previous_verification_expired: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            sent_to: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            verification_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            verification_required: ::std::result::Result<bool, ::std::string::String>,
            verification_status: ::std::result::Result<
                ::std::option::Option<
                    crate::clink::generated::enums::HilVerificationStatus,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for HilRequired {
            #[inline]
            fn default() -> Self {
                Self {
                    expires_at: Ok(::std::option::Option::None),
                    expires_in_seconds: Ok(::std::option::Option::None),
                    message: Err(
                        crate::builders::message("no value supplied for message"),
                    ),
                    previous_verification_expired: Ok(::std::option::Option::None),
                    sent_to: Ok(::std::option::Option::None),
                    verification_id: Err(
                        crate::builders::message("no value supplied for verification_id"),
                    ),
                    verification_required: Err(
                        crate::builders::message(
                            "no value supplied for verification_required",
                        ),
                    ),
                    verification_status: Ok(::std::option::Option::None),
                }
            }
        }
        impl HilRequired {
            #[inline]
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            #[inline]
            pub fn expires_in_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_in_seconds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for expires_in_seconds: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            #[inline]
            pub fn previous_verification_expired<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous_verification_expired = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for previous_verification_expired: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn sent_to<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.sent_to = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sent_to: {e}")
                    });
                self
            }
            #[inline]
            pub fn verification_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.verification_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for verification_id: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn verification_required<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.verification_required = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for verification_required: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn verification_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::clink::generated::enums::HilVerificationStatus,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.verification_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for verification_status: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<HilRequired> for super::HilRequired {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: HilRequired,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.expires_at {
                    Some(e)
                } else if let Err(e) = &value.expires_in_seconds {
                    Some(e)
                } else if let Err(e) = &value.message {
                    Some(e)
                } else if let Err(e) = &value.previous_verification_expired {
                    Some(e)
                } else if let Err(e) = &value.sent_to {
                    Some(e)
                } else if let Err(e) = &value.verification_id {
                    Some(e)
                } else if let Err(e) = &value.verification_required {
                    Some(e)
                } else if let Err(e) = &value.verification_status {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    expires_at: crate::builders::ok(value.expires_at),
                    expires_in_seconds: crate::builders::ok(value.expires_in_seconds),
                    message: crate::builders::ok(value.message),
                    previous_verification_expired: crate::builders::ok(
                        value.previous_verification_expired,
                    ),
                    sent_to: crate::builders::ok(value.sent_to),
                    verification_id: crate::builders::ok(value.verification_id),
                    verification_required: crate::builders::ok(
                        value.verification_required,
                    ),
                    verification_status: crate::builders::ok(value.verification_status),
                })
            }
        }
        impl ::std::convert::From<super::HilRequired> for HilRequired {
            #[inline]
            fn from(value: super::HilRequired) -> Self {
                Self {
                    expires_at: Ok(value.expires_at),
                    expires_in_seconds: Ok(value.expires_in_seconds),
                    message: Ok(value.message),
                    previous_verification_expired: Ok(
                        value.previous_verification_expired,
                    ),
                    sent_to: Ok(value.sent_to),
                    verification_id: Ok(value.verification_id),
                    verification_required: Ok(value.verification_required),
                    verification_status: Ok(value.verification_status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Inbox {
            claimed_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            clinks: ::std::result::Result<
                ::std::vec::Vec<super::Clink>,
                ::std::string::String,
            >,
            count: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for Inbox {
            #[inline]
            fn default() -> Self {
                Self {
                    claimed_count: Ok(::std::option::Option::None),
                    clinks: Ok(crate::builders::default()),
                    count: Ok(crate::builders::default()),
                }
            }
        }
        impl Inbox {
            #[inline]
            pub fn claimed_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.claimed_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for claimed_count: {e}")
                    });
                self
            }
            #[inline]
            pub fn clinks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Clink>>,
                T::Error: ::std::fmt::Display,
            {
                self.clinks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for clinks: {e}")
                    });
                self
            }
            #[inline]
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Inbox> for super::Inbox {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: Inbox,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.claimed_count {
                    Some(e)
                } else if let Err(e) = &value.clinks {
                    Some(e)
                } else if let Err(e) = &value.count {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    claimed_count: crate::builders::ok(value.claimed_count),
                    clinks: crate::builders::ok(value.clinks),
                    count: crate::builders::ok(value.count),
                })
            }
        }
        impl ::std::convert::From<super::Inbox> for Inbox {
            #[inline]
            fn from(value: super::Inbox) -> Self {
                Self {
                    claimed_count: Ok(value.claimed_count),
                    clinks: Ok(value.clinks),
                    count: Ok(value.count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InboxEnvelope {
            data: ::std::result::Result<
                ::std::option::Option<super::Inbox>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for InboxEnvelope {
            #[inline]
            fn default() -> Self {
                Self {
                    data: Ok(::std::option::Option::None),
                    error: Ok(::std::option::Option::None),
                    message: Ok(::std::option::Option::None),
                    success: Err(
                        crate::builders::message("no value supplied for success"),
                    ),
                }
            }
        }
        impl InboxEnvelope {
            #[inline]
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Inbox>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            #[inline]
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            #[inline]
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            #[inline]
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InboxEnvelope> for super::InboxEnvelope {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: InboxEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.data {
                    Some(e)
                } else if let Err(e) = &value.error {
                    Some(e)
                } else if let Err(e) = &value.message {
                    Some(e)
                } else if let Err(e) = &value.success {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    data: crate::builders::ok(value.data),
                    error: crate::builders::ok(value.error),
                    message: crate::builders::ok(value.message),
                    success: crate::builders::ok(value.success),
                })
            }
        }
        impl ::std::convert::From<super::InboxEnvelope> for InboxEnvelope {
            #[inline]
            fn from(value: super::InboxEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MarkReadRequest {
            group_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MarkReadRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    group_ids: Err(
                        crate::builders::message("no value supplied for group_ids"),
                    ),
                }
            }
        }
        impl MarkReadRequest {
            #[inline]
            pub fn group_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_ids: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MarkReadRequest> for super::MarkReadRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: MarkReadRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.group_ids {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    group_ids: crate::builders::ok(value.group_ids),
                })
            }
        }
        impl ::std::convert::From<super::MarkReadRequest> for MarkReadRequest {
            #[inline]
            fn from(value: super::MarkReadRequest) -> Self {
                Self {
                    group_ids: Ok(value.group_ids),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MarkReadResultEnvelope {
            data: ::std::result::Result<
                ::std::option::Option<super::MarkReadResult>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for MarkReadResultEnvelope {
            #[inline]
            fn default() -> Self {
                Self {
                    data: Ok(::std::option::Option::None),
                    error: Ok(::std::option::Option::None),
                    message: Ok(::std::option::Option::None),
                    success: Err(
                        crate::builders::message("no value supplied for success"),
                    ),
                }
            }
        }
        impl MarkReadResultEnvelope {
            #[inline]
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MarkReadResult>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            #[inline]
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            #[inline]
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            #[inline]
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MarkReadResultEnvelope>
        for super::MarkReadResultEnvelope {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: MarkReadResultEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.data {
                    Some(e)
                } else if let Err(e) = &value.error {
                    Some(e)
                } else if let Err(e) = &value.message {
                    Some(e)
                } else if let Err(e) = &value.success {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    data: crate::builders::ok(value.data),
                    error: crate::builders::ok(value.error),
                    message: crate::builders::ok(value.message),
                    success: crate::builders::ok(value.success),
                })
            }
        }
        impl ::std::convert::From<super::MarkReadResultEnvelope>
        for MarkReadResultEnvelope {
            #[inline]
            fn from(value: super::MarkReadResultEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Member {
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            joined_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
            member_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            role: ::std::result::Result<::std::string::String, ::std::string::String>,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Member {
            #[inline]
            fn default() -> Self {
                Self {
                    email: Ok(::std::option::Option::None),
                    joined_at: Err(
                        crate::builders::message("no value supplied for joined_at"),
                    ),
                    member_type: Ok(::std::option::Option::None),
                    name: Err(crate::builders::message("no value supplied for name")),
                    role: Err(crate::builders::message("no value supplied for role")),
                    user_id: Err(
                        crate::builders::message("no value supplied for user_id"),
                    ),
                }
            }
        }
        impl Member {
            #[inline]
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            #[inline]
            pub fn joined_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.joined_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for joined_at: {e}")
                    });
                self
            }
            #[inline]
            pub fn member_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.member_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for member_type: {e}")
                    });
                self
            }
            #[inline]
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            #[inline]
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            #[inline]
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Member> for super::Member {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: Member,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.email {
                    Some(e)
                } else if let Err(e) = &value.joined_at {
                    Some(e)
                } else if let Err(e) = &value.member_type {
                    Some(e)
                } else if let Err(e) = &value.name {
                    Some(e)
                } else if let Err(e) = &value.role {
                    Some(e)
                } else if let Err(e) = &value.user_id {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    email: crate::builders::ok(value.email),
                    joined_at: crate::builders::ok(value.joined_at),
                    member_type: crate::builders::ok(value.member_type),
                    name: crate::builders::ok(value.name),
                    role: crate::builders::ok(value.role),
                    user_id: crate::builders::ok(value.user_id),
                })
            }
        }
        impl ::std::convert::From<super::Member> for Member {
            #[inline]
            fn from(value: super::Member) -> Self {
                Self {
                    email: Ok(value.email),
                    joined_at: Ok(value.joined_at),
                    member_type: Ok(value.member_type),
                    name: Ok(value.name),
                    role: Ok(value.role),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MemberList {
            members: ::std::result::Result<
                ::std::vec::Vec<super::Member>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MemberList {
            #[inline]
            fn default() -> Self {
                Self {
                    members: Ok(crate::builders::default()),
                }
            }
        }
        impl MemberList {
            #[inline]
            pub fn members<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Member>>,
                T::Error: ::std::fmt::Display,
            {
                self.members = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for members: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MemberList> for super::MemberList {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: MemberList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.members {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    members: crate::builders::ok(value.members),
                })
            }
        }
        impl ::std::convert::From<super::MemberList> for MemberList {
            #[inline]
            fn from(value: super::MemberList) -> Self {
                Self { members: Ok(value.members) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MemberListEnvelope {
            data: ::std::result::Result<
                ::std::option::Option<super::MemberList>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for MemberListEnvelope {
            #[inline]
            fn default() -> Self {
                Self {
                    data: Ok(::std::option::Option::None),
                    error: Ok(::std::option::Option::None),
                    message: Ok(::std::option::Option::None),
                    success: Err(
                        crate::builders::message("no value supplied for success"),
                    ),
                }
            }
        }
        impl MemberListEnvelope {
            #[inline]
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MemberList>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            #[inline]
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            #[inline]
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            #[inline]
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MemberListEnvelope> for super::MemberListEnvelope {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: MemberListEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.data {
                    Some(e)
                } else if let Err(e) = &value.error {
                    Some(e)
                } else if let Err(e) = &value.message {
                    Some(e)
                } else if let Err(e) = &value.success {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    data: crate::builders::ok(value.data),
                    error: crate::builders::ok(value.error),
                    message: crate::builders::ok(value.message),
                    success: crate::builders::ok(value.success),
                })
            }
        }
        impl ::std::convert::From<super::MemberListEnvelope> for MemberListEnvelope {
            #[inline]
            fn from(value: super::MemberListEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Milestone {
            checkpoints: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::Checkpoint>>,
                ::std::string::String,
            >,
            closed_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            completed_checkpoints: ::std::result::Result<i64, ::std::string::String>,
            created_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
            created_by: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            group_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            milestone_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            progress: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            project_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::clink::generated::enums::MilestoneStatus,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            total_checkpoints: ::std::result::Result<i64, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Milestone {
            #[inline]
            fn default() -> Self {
                Self {
                    checkpoints: Ok(::std::option::Option::None),
                    closed_at: Ok(::std::option::Option::None),
                    completed_checkpoints: Err(
                        crate::builders::message(
                            "no value supplied for completed_checkpoints",
                        ),
                    ),
                    created_at: Err(
                        crate::builders::message("no value supplied for created_at"),
                    ),
                    created_by: Err(
                        crate::builders::message("no value supplied for created_by"),
                    ),
                    description: Err(
                        crate::builders::message("no value supplied for description"),
                    ),
                    group_id: Err(
                        crate::builders::message("no value supplied for group_id"),
                    ),
                    milestone_id: Err(
                        crate::builders::message("no value supplied for milestone_id"),
                    ),
                    progress: Err(
                        crate::builders::message("no value supplied for progress"),
                    ),
                    project_id: Ok(::std::option::Option::None),
                    status: Err(
                        crate::builders::message("no value supplied for status"),
                    ),
                    title: Err(crate::builders::message("no value supplied for title")),
                    total_checkpoints: Err(
                        crate::builders::message(
                            "no value supplied for total_checkpoints",
                        ),
                    ),
                    updated_at: Ok(::std::option::Option::None),
                }
            }
        }
        impl Milestone {
            #[inline]
            pub fn checkpoints<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::Checkpoint>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.checkpoints = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for checkpoints: {e}")
                    });
                self
            }
            #[inline]
            pub fn closed_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.closed_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for closed_at: {e}")
                    });
                self
            }
            #[inline]
            pub fn completed_checkpoints<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.completed_checkpoints = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for completed_checkpoints: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            #[inline]
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_by: {e}")
                    });
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            #[inline]
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            #[inline]
            pub fn milestone_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.milestone_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for milestone_id: {e}")
                    });
                self
            }
            #[inline]
            pub fn progress<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.progress = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for progress: {e}")
                    });
                self
            }
            #[inline]
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.project_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for project_id: {e}")
                    });
                self
            }
            #[inline]
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::clink::generated::enums::MilestoneStatus,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            #[inline]
            pub fn total_checkpoints<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_checkpoints = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for total_checkpoints: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Milestone> for super::Milestone {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: Milestone,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.checkpoints {
                    Some(e)
                } else if let Err(e) = &value.closed_at {
                    Some(e)
                } else if let Err(e) = &value.completed_checkpoints {
                    Some(e)
                } else if let Err(e) = &value.created_at {
                    Some(e)
                } else if let Err(e) = &value.created_by {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.group_id {
                    Some(e)
                } else if let Err(e) = &value.milestone_id {
                    Some(e)
                } else if let Err(e) = &value.progress {
                    Some(e)
                } else if let Err(e) = &value.project_id {
                    Some(e)
                } else if let Err(e) = &value.status {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else if let Err(e) = &value.total_checkpoints {
                    Some(e)
                } else if let Err(e) = &value.updated_at {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    checkpoints: crate::builders::ok(value.checkpoints),
                    closed_at: crate::builders::ok(value.closed_at),
                    completed_checkpoints: crate::builders::ok(
                        value.completed_checkpoints,
                    ),
                    created_at: crate::builders::ok(value.created_at),
                    created_by: crate::builders::ok(value.created_by),
                    description: crate::builders::ok(value.description),
                    group_id: crate::builders::ok(value.group_id),
                    milestone_id: crate::builders::ok(value.milestone_id),
                    progress: crate::builders::ok(value.progress),
                    project_id: crate::builders::ok(value.project_id),
                    status: crate::builders::ok(value.status),
                    title: crate::builders::ok(value.title),
                    total_checkpoints: crate::builders::ok(value.total_checkpoints),
                    updated_at: crate::builders::ok(value.updated_at),
                })
            }
        }
        impl ::std::convert::From<super::Milestone> for Milestone {
            #[inline]
            fn from(value: super::Milestone) -> Self {
                Self {
                    checkpoints: Ok(value.checkpoints),
                    closed_at: Ok(value.closed_at),
                    completed_checkpoints: Ok(value.completed_checkpoints),
                    created_at: Ok(value.created_at),
                    created_by: Ok(value.created_by),
                    description: Ok(value.description),
                    group_id: Ok(value.group_id),
                    milestone_id: Ok(value.milestone_id),
                    progress: Ok(value.progress),
                    project_id: Ok(value.project_id),
                    status: Ok(value.status),
                    title: Ok(value.title),
                    total_checkpoints: Ok(value.total_checkpoints),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MilestoneEnvelope {
            data: ::std::result::Result<
                ::std::option::Option<super::Milestone>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for MilestoneEnvelope {
            #[inline]
            fn default() -> Self {
                Self {
                    data: Ok(::std::option::Option::None),
                    error: Ok(::std::option::Option::None),
                    message: Ok(::std::option::Option::None),
                    success: Err(
                        crate::builders::message("no value supplied for success"),
                    ),
                }
            }
        }
        impl MilestoneEnvelope {
            #[inline]
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Milestone>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            #[inline]
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            #[inline]
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            #[inline]
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MilestoneEnvelope> for super::MilestoneEnvelope {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: MilestoneEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.data {
                    Some(e)
                } else if let Err(e) = &value.error {
                    Some(e)
                } else if let Err(e) = &value.message {
                    Some(e)
                } else if let Err(e) = &value.success {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    data: crate::builders::ok(value.data),
                    error: crate::builders::ok(value.error),
                    message: crate::builders::ok(value.message),
                    success: crate::builders::ok(value.success),
                })
            }
        }
        impl ::std::convert::From<super::MilestoneEnvelope> for MilestoneEnvelope {
            #[inline]
            fn from(value: super::MilestoneEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MilestoneList {
            milestones: ::std::result::Result<
                ::std::vec::Vec<super::Milestone>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MilestoneList {
            #[inline]
            fn default() -> Self {
                Self {
                    milestones: Ok(crate::builders::default()),
                }
            }
        }
        impl MilestoneList {
            #[inline]
            pub fn milestones<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Milestone>>,
                T::Error: ::std::fmt::Display,
            {
                self.milestones = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for milestones: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MilestoneList> for super::MilestoneList {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: MilestoneList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.milestones {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    milestones: crate::builders::ok(value.milestones),
                })
            }
        }
        impl ::std::convert::From<super::MilestoneList> for MilestoneList {
            #[inline]
            fn from(value: super::MilestoneList) -> Self {
                Self {
                    milestones: Ok(value.milestones),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MilestoneListEnvelope {
            data: ::std::result::Result<
                ::std::option::Option<super::MilestoneList>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for MilestoneListEnvelope {
            #[inline]
            fn default() -> Self {
                Self {
                    data: Ok(::std::option::Option::None),
                    error: Ok(::std::option::Option::None),
                    message: Ok(::std::option::Option::None),
                    success: Err(
                        crate::builders::message("no value supplied for success"),
                    ),
                }
            }
        }
        impl MilestoneListEnvelope {
            #[inline]
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MilestoneList>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            #[inline]
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            #[inline]
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            #[inline]
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MilestoneListEnvelope>
        for super::MilestoneListEnvelope {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: MilestoneListEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.data {
                    Some(e)
                } else if let Err(e) = &value.error {
                    Some(e)
                } else if let Err(e) = &value.message {
                    Some(e)
                } else if let Err(e) = &value.success {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    data: crate::builders::ok(value.data),
                    error: crate::builders::ok(value.error),
                    message: crate::builders::ok(value.message),
                    success: crate::builders::ok(value.success),
                })
            }
        }
        impl ::std::convert::From<super::MilestoneListEnvelope>
        for MilestoneListEnvelope {
            #[inline]
            fn from(value: super::MilestoneListEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MilestoneOrHilRequiredEnvelope {
            data: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for MilestoneOrHilRequiredEnvelope {
            #[inline]
            fn default() -> Self {
                Self {
                    data: Ok(::std::option::Option::None),
                    error: Ok(::std::option::Option::None),
                    message: Ok(::std::option::Option::None),
                    success: Err(
                        crate::builders::message("no value supplied for success"),
                    ),
                }
            }
        }
        impl MilestoneOrHilRequiredEnvelope {
            #[inline]
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            #[inline]
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            #[inline]
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            #[inline]
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MilestoneOrHilRequiredEnvelope>
        for super::MilestoneOrHilRequiredEnvelope {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: MilestoneOrHilRequiredEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.data {
                    Some(e)
                } else if let Err(e) = &value.error {
                    Some(e)
                } else if let Err(e) = &value.message {
                    Some(e)
                } else if let Err(e) = &value.success {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    data: crate::builders::ok(value.data),
                    error: crate::builders::ok(value.error),
                    message: crate::builders::ok(value.message),
                    success: crate::builders::ok(value.success),
                })
            }
        }
        impl ::std::convert::From<super::MilestoneOrHilRequiredEnvelope>
        for MilestoneOrHilRequiredEnvelope {
            #[inline]
            fn from(value: super::MilestoneOrHilRequiredEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PendingVerification {
            checkpoint_order: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            checkpoint_title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
            group_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            group_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            milestone_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            milestone_title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            proposal_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            proposal_options: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            proposal_title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            requested_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
            requested_by: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            requester_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::clink::generated::enums::VerificationStatus,
                ::std::string::String,
            >,
            target_type: ::std::result::Result<
                crate::clink::generated::enums::VerificationTargetType,
                ::std::string::String,
            >,
            verification_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            voting_type: ::std::result::Result<
                ::std::option::Option<crate::clink::generated::enums::VotingType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PendingVerification {
            #[inline]
            fn default() -> Self {
                Self {
                    checkpoint_order: Ok(::std::option::Option::None),
                    checkpoint_title: Ok(::std::option::Option::None),
                    expires_at: Err(
                        crate::builders::message("no value supplied for expires_at"),
                    ),
                    group_id: Err(
                        crate::builders::message("no value supplied for group_id"),
                    ),
                    group_name: Ok(::std::option::Option::None),
                    milestone_id: Ok(::std::option::Option::None),
                    milestone_title: Ok(::std::option::Option::None),
                    proposal_id: Ok(::std::option::Option::None),
                    proposal_options: Ok(::std::option::Option::None),
                    proposal_title: Ok(::std::option::Option::None),
                    requested_at: Err(
                        crate::builders::message("no value supplied for requested_at"),
                    ),
                    requested_by: Err(
                        crate::builders::message("no value supplied for requested_by"),
                    ),
                    requester_name: Ok(::std::option::Option::None),
                    status: Err(
                        crate::builders::message("no value supplied for status"),
                    ),
                    target_type: Err(
                        crate::builders::message("no value supplied for target_type"),
                    ),
                    verification_id: Err(
                        crate::builders::message("no value supplied for verification_id"),
                    ),
                    voting_type: Ok(::std::option::Option::None),
                }
            }
        }
        impl PendingVerification {
            #[inline]
            pub fn checkpoint_order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.checkpoint_order = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for checkpoint_order: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn checkpoint_title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.checkpoint_title = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for checkpoint_title: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            #[inline]
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            #[inline]
            pub fn group_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_name: {e}")
                    });
                self
            }
            #[inline]
            pub fn milestone_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.milestone_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for milestone_id: {e}")
                    });
                self
            }
            #[inline]
            pub fn milestone_title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.milestone_title = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for milestone_title: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn proposal_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.proposal_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for proposal_id: {e}")
                    });
                self
            }
            #[inline]
            pub fn proposal_options<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.proposal_options = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for proposal_options: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn proposal_title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.proposal_title = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for proposal_title: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn requested_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.requested_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for requested_at: {e}")
                    });
                self
            }
            #[inline]
            pub fn requested_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.requested_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for requested_by: {e}")
                    });
                self
            }
            #[inline]
            pub fn requester_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.requester_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for requester_name: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::clink::generated::enums::VerificationStatus,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            #[inline]
            pub fn target_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::clink::generated::enums::VerificationTargetType,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.target_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_type: {e}")
                    });
                self
            }
            #[inline]
            pub fn verification_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.verification_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for verification_id: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn voting_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::clink::generated::enums::VotingType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.voting_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for voting_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PendingVerification>
        for super::PendingVerification {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: PendingVerification,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.checkpoint_order {
                    Some(e)
                } else if let Err(e) = &value.checkpoint_title {
                    Some(e)
                } else if let Err(e) = &value.expires_at {
                    Some(e)
                } else if let Err(e) = &value.group_id {
                    Some(e)
                } else if let Err(e) = &value.group_name {
                    Some(e)
                } else if let Err(e) = &value.milestone_id {
                    Some(e)
                } else if let Err(e) = &value.milestone_title {
                    Some(e)
                } else if let Err(e) = &value.proposal_id {
                    Some(e)
                } else if let Err(e) = &value.proposal_options {
                    Some(e)
                } else if let Err(e) = &value.proposal_title {
                    Some(e)
                } else if let Err(e) = &value.requested_at {
                    Some(e)
                } else if let Err(e) = &value.requested_by {
                    Some(e)
                } else if let Err(e) = &value.requester_name {
                    Some(e)
                } else if let Err(e) = &value.status {
                    Some(e)
                } else if let Err(e) = &value.target_type {
                    Some(e)
                } else if let Err(e) = &value.verification_id {
                    Some(e)
                } else if let Err(e) = &value.voting_type {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    checkpoint_order: crate::builders::ok(value.checkpoint_order),
                    checkpoint_title: crate::builders::ok(value.checkpoint_title),
                    expires_at: crate::builders::ok(value.expires_at),
                    group_id: crate::builders::ok(value.group_id),
                    group_name: crate::builders::ok(value.group_name),
                    milestone_id: crate::builders::ok(value.milestone_id),
                    milestone_title: crate::builders::ok(value.milestone_title),
                    proposal_id: crate::builders::ok(value.proposal_id),
                    proposal_options: crate::builders::ok(value.proposal_options),
                    proposal_title: crate::builders::ok(value.proposal_title),
                    requested_at: crate::builders::ok(value.requested_at),
                    requested_by: crate::builders::ok(value.requested_by),
                    requester_name: crate::builders::ok(value.requester_name),
                    status: crate::builders::ok(value.status),
                    target_type: crate::builders::ok(value.target_type),
                    verification_id: crate::builders::ok(value.verification_id),
                    voting_type: crate::builders::ok(value.voting_type),
                })
            }
        }
        impl ::std::convert::From<super::PendingVerification> for PendingVerification {
            #[inline]
            fn from(value: super::PendingVerification) -> Self {
                Self {
                    checkpoint_order: Ok(value.checkpoint_order),
                    checkpoint_title: Ok(value.checkpoint_title),
                    expires_at: Ok(value.expires_at),
                    group_id: Ok(value.group_id),
                    group_name: Ok(value.group_name),
                    milestone_id: Ok(value.milestone_id),
                    milestone_title: Ok(value.milestone_title),
                    proposal_id: Ok(value.proposal_id),
                    proposal_options: Ok(value.proposal_options),
                    proposal_title: Ok(value.proposal_title),
                    requested_at: Ok(value.requested_at),
                    requested_by: Ok(value.requested_by),
                    requester_name: Ok(value.requester_name),
                    status: Ok(value.status),
                    target_type: Ok(value.target_type),
                    verification_id: Ok(value.verification_id),
                    voting_type: Ok(value.voting_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PendingVerificationList {
            verifications: ::std::result::Result<
                ::std::vec::Vec<super::PendingVerification>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PendingVerificationList {
            #[inline]
            fn default() -> Self {
                Self {
                    verifications: Ok(crate::builders::default()),
                }
            }
        }
        impl PendingVerificationList {
            #[inline]
            pub fn verifications<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PendingVerification>>,
                T::Error: ::std::fmt::Display,
            {
                self.verifications = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for verifications: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PendingVerificationList>
        for super::PendingVerificationList {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: PendingVerificationList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.verifications {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    verifications: crate::builders::ok(value.verifications),
                })
            }
        }
        impl ::std::convert::From<super::PendingVerificationList>
        for PendingVerificationList {
            #[inline]
            fn from(value: super::PendingVerificationList) -> Self {
                Self {
                    verifications: Ok(value.verifications),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PendingVerificationListEnvelope {
            data: ::std::result::Result<
                ::std::option::Option<super::PendingVerificationList>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for PendingVerificationListEnvelope {
            #[inline]
            fn default() -> Self {
                Self {
                    data: Ok(::std::option::Option::None),
                    error: Ok(::std::option::Option::None),
                    message: Ok(::std::option::Option::None),
                    success: Err(
                        crate::builders::message("no value supplied for success"),
                    ),
                }
            }
        }
        impl PendingVerificationListEnvelope {
            #[inline]
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PendingVerificationList>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            #[inline]
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            #[inline]
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            #[inline]
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PendingVerificationListEnvelope>
        for super::PendingVerificationListEnvelope {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: PendingVerificationListEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.data {
                    Some(e)
                } else if let Err(e) = &value.error {
                    Some(e)
                } else if let Err(e) = &value.message {
                    Some(e)
                } else if let Err(e) = &value.success {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    data: crate::builders::ok(value.data),
                    error: crate::builders::ok(value.error),
                    message: crate::builders::ok(value.message),
                    success: crate::builders::ok(value.success),
                })
            }
        }
        impl ::std::convert::From<super::PendingVerificationListEnvelope>
        for PendingVerificationListEnvelope {
            #[inline]
            fn from(value: super::PendingVerificationListEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PermissionInfo {
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            granted: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for PermissionInfo {
            #[inline]
            fn default() -> Self {
                Self {
                    description: Err(
                        crate::builders::message("no value supplied for description"),
                    ),
                    granted: Err(
                        crate::builders::message("no value supplied for granted"),
                    ),
                }
            }
        }
        impl PermissionInfo {
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            #[inline]
            pub fn granted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.granted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for granted: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PermissionInfo> for super::PermissionInfo {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: PermissionInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.granted {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    description: crate::builders::ok(value.description),
                    granted: crate::builders::ok(value.granted),
                })
            }
        }
        impl ::std::convert::From<super::PermissionInfo> for PermissionInfo {
            #[inline]
            fn from(value: super::PermissionInfo) -> Self {
                Self {
                    description: Ok(value.description),
                    granted: Ok(value.granted),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PermissionsResponse {
            owner_type: ::std::result::Result<
                crate::clink::generated::enums::PermissionOwnerType,
                ::std::string::String,
            >,
            permissions: ::std::result::Result<
                ::std::collections::HashMap<::std::string::String, bool>,
                ::std::string::String,
            >,
            permissions_info: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::PermissionInfo,
                >,
                ::std::string::String,
            >,
            scope_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            scope_type: ::std::result::Result<
                crate::clink::generated::enums::PermissionScopeType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PermissionsResponse {
            #[inline]
            fn default() -> Self {
                Self {
                    owner_type: Err(
                        crate::builders::message("no value supplied for owner_type"),
                    ),
                    permissions: Err(
                        crate::builders::message("no value supplied for permissions"),
                    ),
                    permissions_info: Err(
                        crate::builders::message(
                            "no value supplied for permissions_info",
                        ),
                    ),
                    scope_id: Err(
                        crate::builders::message("no value supplied for scope_id"),
                    ),
                    scope_type: Err(
                        crate::builders::message("no value supplied for scope_type"),
                    ),
                }
            }
        }
        impl PermissionsResponse {
            #[inline]
            pub fn owner_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::clink::generated::enums::PermissionOwnerType,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.owner_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner_type: {e}")
                    });
                self
            }
            #[inline]
            pub fn permissions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<::std::string::String, bool>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.permissions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for permissions: {e}")
                    });
                self
            }
            #[inline]
            pub fn permissions_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::PermissionInfo,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.permissions_info = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for permissions_info: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn scope_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.scope_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scope_id: {e}")
                    });
                self
            }
            #[inline]
            pub fn scope_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::clink::generated::enums::PermissionScopeType,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.scope_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scope_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PermissionsResponse>
        for super::PermissionsResponse {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: PermissionsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.owner_type {
                    Some(e)
                } else if let Err(e) = &value.permissions {
                    Some(e)
                } else if let Err(e) = &value.permissions_info {
                    Some(e)
                } else if let Err(e) = &value.scope_id {
                    Some(e)
                } else if let Err(e) = &value.scope_type {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    owner_type: crate::builders::ok(value.owner_type),
                    permissions: crate::builders::ok(value.permissions),
                    permissions_info: crate::builders::ok(value.permissions_info),
                    scope_id: crate::builders::ok(value.scope_id),
                    scope_type: crate::builders::ok(value.scope_type),
                })
            }
        }
        impl ::std::convert::From<super::PermissionsResponse> for PermissionsResponse {
            #[inline]
            fn from(value: super::PermissionsResponse) -> Self {
                Self {
                    owner_type: Ok(value.owner_type),
                    permissions: Ok(value.permissions),
                    permissions_info: Ok(value.permissions_info),
                    scope_id: Ok(value.scope_id),
                    scope_type: Ok(value.scope_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PermissionsResponseEnvelope {
            data: ::std::result::Result<
                ::std::option::Option<super::PermissionsResponse>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for PermissionsResponseEnvelope {
            #[inline]
            fn default() -> Self {
                Self {
                    data: Ok(::std::option::Option::None),
                    error: Ok(::std::option::Option::None),
                    message: Ok(::std::option::Option::None),
                    success: Err(
                        crate::builders::message("no value supplied for success"),
                    ),
                }
            }
        }
        impl PermissionsResponseEnvelope {
            #[inline]
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PermissionsResponse>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            #[inline]
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            #[inline]
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            #[inline]
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PermissionsResponseEnvelope>
        for super::PermissionsResponseEnvelope {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: PermissionsResponseEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.data {
                    Some(e)
                } else if let Err(e) = &value.error {
                    Some(e)
                } else if let Err(e) = &value.message {
                    Some(e)
                } else if let Err(e) = &value.success {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    data: crate::builders::ok(value.data),
                    error: crate::builders::ok(value.error),
                    message: crate::builders::ok(value.message),
                    success: crate::builders::ok(value.success),
                })
            }
        }
        impl ::std::convert::From<super::PermissionsResponseEnvelope>
        for PermissionsResponseEnvelope {
            #[inline]
            fn from(value: super::PermissionsResponseEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Project {
            archived_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            archived_by: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            color: ::std::result::Result<::std::string::String, ::std::string::String>,
            completed_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            completed_by: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
            created_by: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            group_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            is_default: ::std::result::Result<bool, ::std::string::String>,
            project_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            reopened_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            reopened_by: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            slug: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<
                crate::clink::generated::enums::ProjectStatus,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Project {
            #[inline]
            fn default() -> Self {
                Self {
                    archived_at: Ok(::std::option::Option::None),
                    archived_by: Ok(::std::option::Option::None),
                    color: Err(crate::builders::message("no value supplied for color")),
                    completed_at: Ok(::std::option::Option::None),
                    completed_by: Ok(::std::option::Option::None),
                    created_at: Err(
                        crate::builders::message("no value supplied for created_at"),
                    ),
                    created_by: Ok(::std::option::Option::None),
                    description: Err(
                        crate::builders::message("no value supplied for description"),
                    ),
                    group_id: Err(
                        crate::builders::message("no value supplied for group_id"),
                    ),
                    is_default: Err(
                        crate::builders::message("no value supplied for is_default"),
                    ),
                    project_id: Err(
                        crate::builders::message("no value supplied for project_id"),
                    ),
                    reopened_at: Ok(::std::option::Option::None),
                    reopened_by: Ok(::std::option::Option::None),
                    slug: Err(crate::builders::message("no value supplied for slug")),
                    status: Err(
                        crate::builders::message("no value supplied for status"),
                    ),
                    title: Err(crate::builders::message("no value supplied for title")),
                    updated_at: Ok(::std::option::Option::None),
                }
            }
        }
        impl Project {
            #[inline]
            pub fn archived_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.archived_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for archived_at: {e}")
                    });
                self
            }
            #[inline]
            pub fn archived_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.archived_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for archived_by: {e}")
                    });
                self
            }
            #[inline]
            pub fn color<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.color = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for color: {e}")
                    });
                self
            }
            #[inline]
            pub fn completed_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.completed_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for completed_at: {e}")
                    });
                self
            }
            #[inline]
            pub fn completed_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.completed_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for completed_by: {e}")
                    });
                self
            }
            #[inline]
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            #[inline]
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_by: {e}")
                    });
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            #[inline]
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            #[inline]
            pub fn is_default<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_default = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_default: {e}")
                    });
                self
            }
            #[inline]
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.project_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for project_id: {e}")
                    });
                self
            }
            #[inline]
            pub fn reopened_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.reopened_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reopened_at: {e}")
                    });
                self
            }
            #[inline]
            pub fn reopened_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.reopened_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reopened_by: {e}")
                    });
                self
            }
            #[inline]
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            #[inline]
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::clink::generated::enums::ProjectStatus,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            #[inline]
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Project> for super::Project {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: Project,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.archived_at {
                    Some(e)
                } else if let Err(e) = &value.archived_by {
                    Some(e)
                } else if let Err(e) = &value.color {
                    Some(e)
                } else if let Err(e) = &value.completed_at {
                    Some(e)
                } else if let Err(e) = &value.completed_by {
                    Some(e)
                } else if let Err(e) = &value.created_at {
                    Some(e)
                } else if let Err(e) = &value.created_by {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.group_id {
                    Some(e)
                } else if let Err(e) = &value.is_default {
                    Some(e)
                } else if let Err(e) = &value.project_id {
                    Some(e)
                } else if let Err(e) = &value.reopened_at {
                    Some(e)
                } else if let Err(e) = &value.reopened_by {
                    Some(e)
                } else if let Err(e) = &value.slug {
                    Some(e)
                } else if let Err(e) = &value.status {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else if let Err(e) = &value.updated_at {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    archived_at: crate::builders::ok(value.archived_at),
                    archived_by: crate::builders::ok(value.archived_by),
                    color: crate::builders::ok(value.color),
                    completed_at: crate::builders::ok(value.completed_at),
                    completed_by: crate::builders::ok(value.completed_by),
                    created_at: crate::builders::ok(value.created_at),
                    created_by: crate::builders::ok(value.created_by),
                    description: crate::builders::ok(value.description),
                    group_id: crate::builders::ok(value.group_id),
                    is_default: crate::builders::ok(value.is_default),
                    project_id: crate::builders::ok(value.project_id),
                    reopened_at: crate::builders::ok(value.reopened_at),
                    reopened_by: crate::builders::ok(value.reopened_by),
                    slug: crate::builders::ok(value.slug),
                    status: crate::builders::ok(value.status),
                    title: crate::builders::ok(value.title),
                    updated_at: crate::builders::ok(value.updated_at),
                })
            }
        }
        impl ::std::convert::From<super::Project> for Project {
            #[inline]
            fn from(value: super::Project) -> Self {
                Self {
                    archived_at: Ok(value.archived_at),
                    archived_by: Ok(value.archived_by),
                    color: Ok(value.color),
                    completed_at: Ok(value.completed_at),
                    completed_by: Ok(value.completed_by),
                    created_at: Ok(value.created_at),
                    created_by: Ok(value.created_by),
                    description: Ok(value.description),
                    group_id: Ok(value.group_id),
                    is_default: Ok(value.is_default),
                    project_id: Ok(value.project_id),
                    reopened_at: Ok(value.reopened_at),
                    reopened_by: Ok(value.reopened_by),
                    slug: Ok(value.slug),
                    status: Ok(value.status),
                    title: Ok(value.title),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProjectEnvelope {
            data: ::std::result::Result<
                ::std::option::Option<super::Project>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for ProjectEnvelope {
            #[inline]
            fn default() -> Self {
                Self {
                    data: Ok(::std::option::Option::None),
                    error: Ok(::std::option::Option::None),
                    message: Ok(::std::option::Option::None),
                    success: Err(
                        crate::builders::message("no value supplied for success"),
                    ),
                }
            }
        }
        impl ProjectEnvelope {
            #[inline]
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Project>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            #[inline]
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            #[inline]
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            #[inline]
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProjectEnvelope> for super::ProjectEnvelope {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: ProjectEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.data {
                    Some(e)
                } else if let Err(e) = &value.error {
                    Some(e)
                } else if let Err(e) = &value.message {
                    Some(e)
                } else if let Err(e) = &value.success {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    data: crate::builders::ok(value.data),
                    error: crate::builders::ok(value.error),
                    message: crate::builders::ok(value.message),
                    success: crate::builders::ok(value.success),
                })
            }
        }
        impl ::std::convert::From<super::ProjectEnvelope> for ProjectEnvelope {
            #[inline]
            fn from(value: super::ProjectEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProjectList {
            projects: ::std::result::Result<
                ::std::vec::Vec<super::Project>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProjectList {
            #[inline]
            fn default() -> Self {
                Self {
                    projects: Ok(crate::builders::default()),
                }
            }
        }
        impl ProjectList {
            #[inline]
            pub fn projects<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Project>>,
                T::Error: ::std::fmt::Display,
            {
                self.projects = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for projects: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProjectList> for super::ProjectList {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: ProjectList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.projects {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    projects: crate::builders::ok(value.projects),
                })
            }
        }
        impl ::std::convert::From<super::ProjectList> for ProjectList {
            #[inline]
            fn from(value: super::ProjectList) -> Self {
                Self {
                    projects: Ok(value.projects),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProjectListEnvelope {
            data: ::std::result::Result<
                ::std::option::Option<super::ProjectList>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for ProjectListEnvelope {
            #[inline]
            fn default() -> Self {
                Self {
                    data: Ok(::std::option::Option::None),
                    error: Ok(::std::option::Option::None),
                    message: Ok(::std::option::Option::None),
                    success: Err(
                        crate::builders::message("no value supplied for success"),
                    ),
                }
            }
        }
        impl ProjectListEnvelope {
            #[inline]
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ProjectList>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            #[inline]
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            #[inline]
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            #[inline]
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProjectListEnvelope>
        for super::ProjectListEnvelope {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: ProjectListEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.data {
                    Some(e)
                } else if let Err(e) = &value.error {
                    Some(e)
                } else if let Err(e) = &value.message {
                    Some(e)
                } else if let Err(e) = &value.success {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    data: crate::builders::ok(value.data),
                    error: crate::builders::ok(value.error),
                    message: crate::builders::ok(value.message),
                    success: crate::builders::ok(value.success),
                })
            }
        }
        impl ::std::convert::From<super::ProjectListEnvelope> for ProjectListEnvelope {
            #[inline]
            fn from(value: super::ProjectListEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Proposal {
            created_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
            deadline: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            finalized_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            group_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            linked_checkpoint_order: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            linked_milestone_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            options: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            proposal_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            proposer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            result: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::clink::generated::enums::ProposalStatus,
                ::std::string::String,
            >,
            tally: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<::std::string::String, i64>,
                >,
                ::std::string::String,
            >,
            threshold_met: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            threshold_type: ::std::result::Result<
                crate::clink::generated::enums::ThresholdType,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            vote_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            votes: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::Vote>>,
                ::std::string::String,
            >,
            voting_type: ::std::result::Result<
                crate::clink::generated::enums::VotingType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Proposal {
            #[inline]
            fn default() -> Self {
                Self {
                    created_at: Err(
                        crate::builders::message("no value supplied for created_at"),
                    ),
                    deadline: Ok(::std::option::Option::None),
                    description: Err(
                        crate::builders::message("no value supplied for description"),
                    ),
                    finalized_at: Ok(::std::option::Option::None),
                    group_id: Err(
                        crate::builders::message("no value supplied for group_id"),
                    ),
                    linked_checkpoint_order: Ok(::std::option::Option::None),
                    linked_milestone_id: Ok(::std::option::Option::None),
                    options: Err(
                        crate::builders::message("no value supplied for options"),
                    ),
                    proposal_id: Err(
                        crate::builders::message("no value supplied for proposal_id"),
                    ),
                    proposer_id: Err(
                        crate::builders::message("no value supplied for proposer_id"),
                    ),
                    result: Ok(::std::option::Option::None),
                    status: Err(
                        crate::builders::message("no value supplied for status"),
                    ),
                    tally: Ok(::std::option::Option::None),
                    threshold_met: Ok(::std::option::Option::None),
                    threshold_type: Err(
                        crate::builders::message("no value supplied for threshold_type"),
                    ),
                    title: Err(crate::builders::message("no value supplied for title")),
                    vote_count: Ok(::std::option::Option::None),
                    votes: Ok(::std::option::Option::None),
                    voting_type: Err(
                        crate::builders::message("no value supplied for voting_type"),
                    ),
                }
            }
        }
        impl Proposal {
            #[inline]
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            #[inline]
            pub fn deadline<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.deadline = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deadline: {e}")
                    });
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            #[inline]
            pub fn finalized_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.finalized_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for finalized_at: {e}")
                    });
                self
            }
            #[inline]
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            #[inline]
            pub fn linked_checkpoint_order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.linked_checkpoint_order = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for linked_checkpoint_order: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn linked_milestone_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.linked_milestone_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for linked_milestone_id: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn options<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.options = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for options: {e}")
                    });
                self
            }
            #[inline]
            pub fn proposal_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.proposal_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for proposal_id: {e}")
                    });
                self
            }
            #[inline]
            pub fn proposer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.proposer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for proposer_id: {e}")
                    });
                self
            }
            #[inline]
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            #[inline]
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::clink::generated::enums::ProposalStatus,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            #[inline]
            pub fn tally<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<::std::string::String, i64>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tally = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tally: {e}")
                    });
                self
            }
            #[inline]
            pub fn threshold_met<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.threshold_met = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for threshold_met: {e}")
                    });
                self
            }
            #[inline]
            pub fn threshold_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::clink::generated::enums::ThresholdType,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.threshold_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for threshold_type: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            #[inline]
            pub fn vote_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.vote_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vote_count: {e}")
                    });
                self
            }
            #[inline]
            pub fn votes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::Vote>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.votes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for votes: {e}")
                    });
                self
            }
            #[inline]
            pub fn voting_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::clink::generated::enums::VotingType>,
                T::Error: ::std::fmt::Display,
            {
                self.voting_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for voting_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Proposal> for super::Proposal {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: Proposal,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.created_at {
                    Some(e)
                } else if let Err(e) = &value.deadline {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.finalized_at {
                    Some(e)
                } else if let Err(e) = &value.group_id {
                    Some(e)
                } else if let Err(e) = &value.linked_checkpoint_order {
                    Some(e)
                } else if let Err(e) = &value.linked_milestone_id {
                    Some(e)
                } else if let Err(e) = &value.options {
                    Some(e)
                } else if let Err(e) = &value.proposal_id {
                    Some(e)
                } else if let Err(e) = &value.proposer_id {
                    Some(e)
                } else if let Err(e) = &value.result {
                    Some(e)
                } else if let Err(e) = &value.status {
                    Some(e)
                } else if let Err(e) = &value.tally {
                    Some(e)
                } else if let Err(e) = &value.threshold_met {
                    Some(e)
                } else if let Err(e) = &value.threshold_type {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else if let Err(e) = &value.vote_count {
                    Some(e)
                } else if let Err(e) = &value.votes {
                    Some(e)
                } else if let Err(e) = &value.voting_type {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    created_at: crate::builders::ok(value.created_at),
                    deadline: crate::builders::ok(value.deadline),
                    description: crate::builders::ok(value.description),
                    finalized_at: crate::builders::ok(value.finalized_at),
                    group_id: crate::builders::ok(value.group_id),
                    linked_checkpoint_order: crate::builders::ok(
                        value.linked_checkpoint_order,
                    ),
                    linked_milestone_id: crate::builders::ok(value.linked_milestone_id),
                    options: crate::builders::ok(value.options),
                    proposal_id: crate::builders::ok(value.proposal_id),
                    proposer_id: crate::builders::ok(value.proposer_id),
                    result: crate::builders::ok(value.result),
                    status: crate::builders::ok(value.status),
                    tally: crate::builders::ok(value.tally),
                    threshold_met: crate::builders::ok(value.threshold_met),
                    threshold_type: crate::builders::ok(value.threshold_type),
                    title: crate::builders::ok(value.title),
                    vote_count: crate::builders::ok(value.vote_count),
                    votes: crate::builders::ok(value.votes),
                    voting_type: crate::builders::ok(value.voting_type),
                })
            }
        }
        impl ::std::convert::From<super::Proposal> for Proposal {
            #[inline]
            fn from(value: super::Proposal) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    deadline: Ok(value.deadline),
                    description: Ok(value.description),
                    finalized_at: Ok(value.finalized_at),
                    group_id: Ok(value.group_id),
                    linked_checkpoint_order: Ok(value.linked_checkpoint_order),
                    linked_milestone_id: Ok(value.linked_milestone_id),
                    options: Ok(value.options),
                    proposal_id: Ok(value.proposal_id),
                    proposer_id: Ok(value.proposer_id),
                    result: Ok(value.result),
                    status: Ok(value.status),
                    tally: Ok(value.tally),
                    threshold_met: Ok(value.threshold_met),
                    threshold_type: Ok(value.threshold_type),
                    title: Ok(value.title),
                    vote_count: Ok(value.vote_count),
                    votes: Ok(value.votes),
                    voting_type: Ok(value.voting_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProposalEnvelope {
            data: ::std::result::Result<
                ::std::option::Option<super::Proposal>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for ProposalEnvelope {
            #[inline]
            fn default() -> Self {
                Self {
                    data: Ok(::std::option::Option::None),
                    error: Ok(::std::option::Option::None),
                    message: Ok(::std::option::Option::None),
                    success: Err(
                        crate::builders::message("no value supplied for success"),
                    ),
                }
            }
        }
        impl ProposalEnvelope {
            #[inline]
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Proposal>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            #[inline]
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            #[inline]
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            #[inline]
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProposalEnvelope> for super::ProposalEnvelope {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: ProposalEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.data {
                    Some(e)
                } else if let Err(e) = &value.error {
                    Some(e)
                } else if let Err(e) = &value.message {
                    Some(e)
                } else if let Err(e) = &value.success {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    data: crate::builders::ok(value.data),
                    error: crate::builders::ok(value.error),
                    message: crate::builders::ok(value.message),
                    success: crate::builders::ok(value.success),
                })
            }
        }
        impl ::std::convert::From<super::ProposalEnvelope> for ProposalEnvelope {
            #[inline]
            fn from(value: super::ProposalEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProposalList {
            proposals: ::std::result::Result<
                ::std::vec::Vec<super::Proposal>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProposalList {
            #[inline]
            fn default() -> Self {
                Self {
                    proposals: Ok(crate::builders::default()),
                }
            }
        }
        impl ProposalList {
            #[inline]
            pub fn proposals<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Proposal>>,
                T::Error: ::std::fmt::Display,
            {
                self.proposals = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for proposals: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProposalList> for super::ProposalList {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: ProposalList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.proposals {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    proposals: crate::builders::ok(value.proposals),
                })
            }
        }
        impl ::std::convert::From<super::ProposalList> for ProposalList {
            #[inline]
            fn from(value: super::ProposalList) -> Self {
                Self {
                    proposals: Ok(value.proposals),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProposalListEnvelope {
            data: ::std::result::Result<
                ::std::option::Option<super::ProposalList>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for ProposalListEnvelope {
            #[inline]
            fn default() -> Self {
                Self {
                    data: Ok(::std::option::Option::None),
                    error: Ok(::std::option::Option::None),
                    message: Ok(::std::option::Option::None),
                    success: Err(
                        crate::builders::message("no value supplied for success"),
                    ),
                }
            }
        }
        impl ProposalListEnvelope {
            #[inline]
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ProposalList>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            #[inline]
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            #[inline]
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            #[inline]
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProposalListEnvelope>
        for super::ProposalListEnvelope {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: ProposalListEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.data {
                    Some(e)
                } else if let Err(e) = &value.error {
                    Some(e)
                } else if let Err(e) = &value.message {
                    Some(e)
                } else if let Err(e) = &value.success {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    data: crate::builders::ok(value.data),
                    error: crate::builders::ok(value.error),
                    message: crate::builders::ok(value.message),
                    success: crate::builders::ok(value.success),
                })
            }
        }
        impl ::std::convert::From<super::ProposalListEnvelope> for ProposalListEnvelope {
            #[inline]
            fn from(value: super::ProposalListEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProposalOrHilRequiredEnvelope {
            data: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for ProposalOrHilRequiredEnvelope {
            #[inline]
            fn default() -> Self {
                Self {
                    data: Ok(::std::option::Option::None),
                    error: Ok(::std::option::Option::None),
                    message: Ok(::std::option::Option::None),
                    success: Err(
                        crate::builders::message("no value supplied for success"),
                    ),
                }
            }
        }
        impl ProposalOrHilRequiredEnvelope {
            #[inline]
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            #[inline]
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            #[inline]
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            #[inline]
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProposalOrHilRequiredEnvelope>
        for super::ProposalOrHilRequiredEnvelope {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: ProposalOrHilRequiredEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.data {
                    Some(e)
                } else if let Err(e) = &value.error {
                    Some(e)
                } else if let Err(e) = &value.message {
                    Some(e)
                } else if let Err(e) = &value.success {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    data: crate::builders::ok(value.data),
                    error: crate::builders::ok(value.error),
                    message: crate::builders::ok(value.message),
                    success: crate::builders::ok(value.success),
                })
            }
        }
        impl ::std::convert::From<super::ProposalOrHilRequiredEnvelope>
        for ProposalOrHilRequiredEnvelope {
            #[inline]
            fn from(value: super::ProposalOrHilRequiredEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SendClinkRequest {
            content: ::std::result::Result<::std::string::String, ::std::string::String>,
            for_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SendClinkRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    content: Err(
                        crate::builders::message("no value supplied for content"),
                    ),
                    for_: Ok(::std::option::Option::None),
                }
            }
        }
        impl SendClinkRequest {
            #[inline]
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content: {e}")
                    });
                self
            }
            #[inline]
            pub fn for_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.for_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for for_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SendClinkRequest> for super::SendClinkRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: SendClinkRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.content {
                    Some(e)
                } else if let Err(e) = &value.for_ {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    content: crate::builders::ok(value.content),
                    for_: crate::builders::ok(value.for_),
                })
            }
        }
        impl ::std::convert::From<super::SendClinkRequest> for SendClinkRequest {
            #[inline]
            fn from(value: super::SendClinkRequest) -> Self {
                Self {
                    content: Ok(value.content),
                    for_: Ok(value.for_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SubmitFeedbackRequest {
            category: ::std::result::Result<
                crate::clink::generated::enums::FeedbackCategory,
                ::std::string::String,
            >,
            content: ::std::result::Result<::std::string::String, ::std::string::String>,
            context: ::std::result::Result<
                ::std::option::Option<super::FeedbackContext>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SubmitFeedbackRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    category: Err(
                        crate::builders::message("no value supplied for category"),
                    ),
                    content: Err(
                        crate::builders::message("no value supplied for content"),
                    ),
                    context: Ok(::std::option::Option::None),
                }
            }
        }
        impl SubmitFeedbackRequest {
            #[inline]
            pub fn category<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::clink::generated::enums::FeedbackCategory,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.category = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for category: {e}")
                    });
                self
            }
            #[inline]
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content: {e}")
                    });
                self
            }
            #[inline]
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::FeedbackContext>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.context = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for context: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SubmitFeedbackRequest>
        for super::SubmitFeedbackRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: SubmitFeedbackRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.category {
                    Some(e)
                } else if let Err(e) = &value.content {
                    Some(e)
                } else if let Err(e) = &value.context {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    category: crate::builders::ok(value.category),
                    content: crate::builders::ok(value.content),
                    context: crate::builders::ok(value.context),
                })
            }
        }
        impl ::std::convert::From<super::SubmitFeedbackRequest>
        for SubmitFeedbackRequest {
            #[inline]
            fn from(value: super::SubmitFeedbackRequest) -> Self {
                Self {
                    category: Ok(value.category),
                    content: Ok(value.content),
                    context: Ok(value.context),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateCheckpointRequest {
            depends_on: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::CheckpointDependency>>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            git_branch_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            git_commit_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            git_pr_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateCheckpointRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    depends_on: Ok(::std::option::Option::None),
                    description: Ok(::std::option::Option::None),
                    git_branch_url: Ok(::std::option::Option::None),
                    git_commit_url: Ok(::std::option::Option::None),
                    git_pr_url: Ok(::std::option::Option::None),
                    title: Ok(::std::option::Option::None),
                }
            }
        }
        impl UpdateCheckpointRequest {
            #[inline]
            pub fn depends_on<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::CheckpointDependency>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.depends_on = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for depends_on: {e}")
                    });
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            #[inline]
            pub fn git_branch_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_branch_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for git_branch_url: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn git_commit_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_commit_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for git_commit_url: {e}"
                        )
                    });
                self
            }
            #[inline]
            pub fn git_pr_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_pr_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for git_pr_url: {e}")
                    });
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateCheckpointRequest>
        for super::UpdateCheckpointRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: UpdateCheckpointRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.depends_on {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.git_branch_url {
                    Some(e)
                } else if let Err(e) = &value.git_commit_url {
                    Some(e)
                } else if let Err(e) = &value.git_pr_url {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    depends_on: crate::builders::ok(value.depends_on),
                    description: crate::builders::ok(value.description),
                    git_branch_url: crate::builders::ok(value.git_branch_url),
                    git_commit_url: crate::builders::ok(value.git_commit_url),
                    git_pr_url: crate::builders::ok(value.git_pr_url),
                    title: crate::builders::ok(value.title),
                })
            }
        }
        impl ::std::convert::From<super::UpdateCheckpointRequest>
        for UpdateCheckpointRequest {
            #[inline]
            fn from(value: super::UpdateCheckpointRequest) -> Self {
                Self {
                    depends_on: Ok(value.depends_on),
                    description: Ok(value.description),
                    git_branch_url: Ok(value.git_branch_url),
                    git_commit_url: Ok(value.git_commit_url),
                    git_pr_url: Ok(value.git_pr_url),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateMilestoneRequest {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateMilestoneRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    description: Ok(::std::option::Option::None),
                    title: Ok(::std::option::Option::None),
                }
            }
        }
        impl UpdateMilestoneRequest {
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateMilestoneRequest>
        for super::UpdateMilestoneRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: UpdateMilestoneRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    description: crate::builders::ok(value.description),
                    title: crate::builders::ok(value.title),
                })
            }
        }
        impl ::std::convert::From<super::UpdateMilestoneRequest>
        for UpdateMilestoneRequest {
            #[inline]
            fn from(value: super::UpdateMilestoneRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateProjectRequest {
            color: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            slug: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateProjectRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    color: Ok(::std::option::Option::None),
                    description: Ok(::std::option::Option::None),
                    slug: Ok(::std::option::Option::None),
                    title: Ok(::std::option::Option::None),
                }
            }
        }
        impl UpdateProjectRequest {
            #[inline]
            pub fn color<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.color = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for color: {e}")
                    });
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            #[inline]
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateProjectRequest>
        for super::UpdateProjectRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: UpdateProjectRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.color {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.slug {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    color: crate::builders::ok(value.color),
                    description: crate::builders::ok(value.description),
                    slug: crate::builders::ok(value.slug),
                    title: crate::builders::ok(value.title),
                })
            }
        }
        impl ::std::convert::From<super::UpdateProjectRequest> for UpdateProjectRequest {
            #[inline]
            fn from(value: super::UpdateProjectRequest) -> Self {
                Self {
                    color: Ok(value.color),
                    description: Ok(value.description),
                    slug: Ok(value.slug),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Vote {
            comment: ::std::result::Result<::std::string::String, ::std::string::String>,
            vote: ::std::result::Result<::std::string::String, ::std::string::String>,
            voted_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
            voter_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Vote {
            #[inline]
            fn default() -> Self {
                Self {
                    comment: Err(
                        crate::builders::message("no value supplied for comment"),
                    ),
                    vote: Err(crate::builders::message("no value supplied for vote")),
                    voted_at: Err(
                        crate::builders::message("no value supplied for voted_at"),
                    ),
                    voter_id: Err(
                        crate::builders::message("no value supplied for voter_id"),
                    ),
                }
            }
        }
        impl Vote {
            #[inline]
            pub fn comment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.comment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for comment: {e}")
                    });
                self
            }
            #[inline]
            pub fn vote<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.vote = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vote: {e}")
                    });
                self
            }
            #[inline]
            pub fn voted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.voted_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for voted_at: {e}")
                    });
                self
            }
            #[inline]
            pub fn voter_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.voter_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for voter_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Vote> for super::Vote {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: Vote,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.comment {
                    Some(e)
                } else if let Err(e) = &value.vote {
                    Some(e)
                } else if let Err(e) = &value.voted_at {
                    Some(e)
                } else if let Err(e) = &value.voter_id {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    comment: crate::builders::ok(value.comment),
                    vote: crate::builders::ok(value.vote),
                    voted_at: crate::builders::ok(value.voted_at),
                    voter_id: crate::builders::ok(value.voter_id),
                })
            }
        }
        impl ::std::convert::From<super::Vote> for Vote {
            #[inline]
            fn from(value: super::Vote) -> Self {
                Self {
                    comment: Ok(value.comment),
                    vote: Ok(value.vote),
                    voted_at: Ok(value.voted_at),
                    voter_id: Ok(value.voter_id),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            #[inline]
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            #[inline]
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            #[inline]
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            #[inline]
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Clink API

Clink is a coordination service for AI agents: groups, messages ("clinks") with an inbox and
claim/complete workflow, milestones with ordered checkpoints, projects, proposals with votes,
and human-in-the-loop (HIL) verification of sensitive actions.

**Authentication.** Every request carries `Authorization: Bearer <key>`. Valid keys start with
`sk_live_` (`sk_live_u_` user-scoped, `sk_live_g_` group-scoped); a missing or malformed key is
a configuration error raised before any request is sent.

**Session header.** The transport also sends `X-Clink-Session-Id: <id>` on every request
(the value of `CLINK_SESSION_ID`, or a fresh UUIDv4 per client). It lets the server tell
apart concurrent agents that share one API key, e.g. for claims. It is not declared as a
parameter on the operations below.

**Envelope.** Every response body is an envelope `{success, data, message?, error?}`.
A call failed when the HTTP status is not 2xx *or* `success` is `false`; then `message`
is the error's message and `error` its details. Each operation's success schema is a
`<Payload>Envelope` whose `data` is the typed payload (optional and nullable, since a failed
envelope carries no data). List endpoints wrap their items in an object inside `data`
(e.g. `{"groups": [...]}`).

**Human-in-the-loop.** `complete_checkpoint` and `cast_vote` may answer, instead of the
updated Milestone / Proposal, an `HilRequired` object (`verification_required: true`).
Their envelopes therefore carry a free-form `data`; decode it into `HilRequired` when
`data.verification_required == true`, otherwise into `Milestone` / `Proposal`.

**Groups** are identified by UUIDs. A group reference that is not a UUID is a slug, which
the SDK resolves with `GET /groups?slug=<slug>` before calling an operation that takes a
`group_id`.

**Pagination** is `limit` plus `since` (an ISO-8601 timestamp); there are no cursors.


Version: 0.1.1*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::transport::Transport,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    #[inline]
    pub fn new(baseurl: &str, inner: crate::transport::Transport) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    #[inline]
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::transport::Transport,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::transport::Transport> for Client {
    #[inline]
    fn api_version() -> &'static str {
        "0.1.1"
    }
    #[inline]
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    #[inline]
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    #[inline]
    fn inner(&self) -> &crate::transport::Transport {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    #[inline]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::transport::Transport>,
    {}
};
impl Client {
    /**List groups

Lists the groups the caller belongs to. With `slug`, only the group with that slug is
returned (an empty list when there is none); the SDK uses this to resolve a slug to a
group UUID. Errors: 401 (invalid key).


Sends a `GET` request to `/groups`

Arguments:
- `slug`: Only return the group with this slug.
```ignore
let response = client.list_groups()
    .slug(slug)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_groups(&self) -> builder::ListGroups<'_> {
        builder::ListGroups::new(self)
    }
    /**Get a group

Returns one group. Errors: 404 (no such group or not a member), 403.


Sends a `GET` request to `/groups/{group_id}`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

```ignore
let response = client.get_group()
    .group_id(group_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_group(&self) -> builder::GetGroup<'_> {
        builder::GetGroup::new(self)
    }
    /**List group members

Lists the members of a group (users and agent profiles). Errors: 404, 403.


Sends a `GET` request to `/groups/{group_id}/members`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

```ignore
let response = client.list_members()
    .group_id(group_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_members(&self) -> builder::ListMembers<'_> {
        builder::ListMembers::new(self)
    }
    /**Get clinks

Reads clinks across the caller's groups, or in one group with `group_id`, newest
activity first. Filters: `since`, `status`, `for_me`, `unread_only`; `mark_read=true`
marks the returned clinks as read. Server default `limit` is 50, maximum 100.
Errors: 404 (unknown group), 403.


Sends a `GET` request to `/clinks`

Arguments:
- `for_me`: Only clinks addressed to the caller or to nobody.
- `group_id`: Only clinks of this group (its UUID or its slug; the SDK resolves slugs first).
- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `mark_read`: Mark the returned clinks as read (server default `false`).
- `since`: Only items created after this ISO-8601 timestamp.
- `status`: Only clinks in this status.
- `unread_only`: Only clinks the caller has not read yet (server default `false`).
```ignore
let response = client.get_clinks()
    .for_me(for_me)
    .group_id(group_id)
    .limit(limit)
    .mark_read(mark_read)
    .since(since)
    .status(status)
    .unread_only(unread_only)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_clinks(&self) -> builder::GetClinks<'_> {
        builder::GetClinks::new(self)
    }
    /**Mark clinks as read

Marks every clink of the given groups as read for the caller. The shape of `data` is
not documented, so it is a free-form object (empty when the answer has none). Errors: 400
(empty list), 403.


Sends a `POST` request to `/clinks/mark-read`

```ignore
let response = client.mark_read()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn mark_read(&self) -> builder::MarkRead<'_> {
        builder::MarkRead::new(self)
    }
    /**Send a clink

Posts a clink (message) to a group, optionally addressed to one recipient with `for`.
`content` is at most 4096 characters. Errors: 400 (empty or too long content),
403 (not a member of the group), 404 (no such group).


Sends a `POST` request to `/groups/{group_id}/clinks`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `body`
```ignore
let response = client.send_clink()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn send_clink(&self) -> builder::SendClink<'_> {
        builder::SendClink::new(self)
    }
    /**Check the inbox

Returns actionable clinks for the caller: by default pending clinks addressed to the
caller or to nobody. With `claim=true` the returned pending clinks are claimed in the
same call (`claimed_count` says how many). Server defaults: `status=pending`,
`for_me=true`, `limit=10`. Errors: 401, 403.


Sends a `GET` request to `/inbox`

Arguments:
- `claim`: Claim the returned pending clinks for processing.
- `for_me`: Only clinks addressed to the caller or to nobody.
- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `since`: Only items created after this ISO-8601 timestamp.
- `status`: Only clinks in this status (server default `pending`).
```ignore
let response = client.check_inbox()
    .claim(claim)
    .for_me(for_me)
    .limit(limit)
    .since(since)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn check_inbox(&self) -> builder::CheckInbox<'_> {
        builder::CheckInbox::new(self)
    }
    /**Claim a clink

Claims a clink so that no other agent processes it. The claim expires after
`timeout_seconds` (server default 300) unless the clink is completed or released.
Answers the updated clink. Errors: 404 (no such clink), 409 (already claimed by
another agent, or not pending).


Sends a `POST` request to `/clinks/{clink_id}/claim`

Arguments:
- `clink_id`: The clink's id.
- `body`
```ignore
let response = client.claim_clink()
    .clink_id(clink_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn claim_clink(&self) -> builder::ClaimClink<'_> {
        builder::ClaimClink::new(self)
    }
    /**Release a claimed clink

Gives up the caller's claim on a clink without completing it; the clink returns to
`pending`. The body is an empty JSON object. Errors: 404, 403 (the caller does not
hold the claim).


Sends a `POST` request to `/clinks/{clink_id}/release`

Arguments:
- `clink_id`: The clink's id.
- `body`
```ignore
let response = client.release_clink()
    .clink_id(clink_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn release_clink(&self) -> builder::ReleaseClink<'_> {
        builder::ReleaseClink::new(self)
    }
    /**Complete a claimed clink

Marks a claimed clink as completed, optionally posting `response` as a new clink in
the same group (its id is `response_clink_id`). Errors: 404, 403 (the caller does not
hold the claim), 409 (not claimed or already completed).


Sends a `POST` request to `/clinks/{clink_id}/complete`

Arguments:
- `clink_id`: The clink's id.
- `body`
```ignore
let response = client.complete_clink()
    .clink_id(clink_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn complete_clink(&self) -> builder::CompleteClink<'_> {
        builder::CompleteClink::new(self)
    }
    /**List milestones of a group

Lists the milestones of a group, optionally filtered by status (server default: all;
default `limit` 20). Errors: 403, 404.


Sends a `GET` request to `/groups/{group_id}/milestones`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `status`: Only milestones in this status (server default - all).
```ignore
let response = client.list_milestones()
    .group_id(group_id)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_milestones(&self) -> builder::ListMilestones<'_> {
        builder::ListMilestones::new(self)
    }
    /**Create a milestone

Creates a milestone with its ordered checkpoints in a group. Without `project_id` the
milestone goes into the group's default ("General") project. Errors: 400 (invalid
checkpoints or dependencies), 403, 404.


Sends a `POST` request to `/groups/{group_id}/milestones`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `body`
```ignore
let response = client.create_milestone()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_milestone(&self) -> builder::CreateMilestone<'_> {
        builder::CreateMilestone::new(self)
    }
    /**Get a milestone

Returns a milestone with its checkpoints. Errors: 404, 403.


Sends a `GET` request to `/milestones/{milestone_id}`

Arguments:
- `milestone_id`: The milestone's id.
```ignore
let response = client.get_milestone()
    .milestone_id(milestone_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_milestone(&self) -> builder::GetMilestone<'_> {
        builder::GetMilestone::new(self)
    }
    /**Update a milestone

Changes a milestone's title and/or description. Errors: 404, 403, 400.


Sends a `PATCH` request to `/milestones/{milestone_id}`

Arguments:
- `milestone_id`: The milestone's id.
- `body`
```ignore
let response = client.update_milestone()
    .milestone_id(milestone_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn update_milestone(&self) -> builder::UpdateMilestone<'_> {
        builder::UpdateMilestone::new(self)
    }
    /**Add a checkpoint

Adds a checkpoint to an existing milestone, at the 1-based `position` or at the end.
Answers the updated milestone. Errors: 404, 400 (invalid dependencies), 403.


Sends a `POST` request to `/milestones/{milestone_id}/checkpoints`

Arguments:
- `milestone_id`: The milestone's id.
- `body`
```ignore
let response = client.add_checkpoint()
    .milestone_id(milestone_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn add_checkpoint(&self) -> builder::AddCheckpoint<'_> {
        builder::AddCheckpoint::new(self)
    }
    /**Delete a checkpoint

Deletes the checkpoint at `order`; later checkpoints are renumbered. Answers the
updated milestone (a 200 with a body, not a 204). Errors: 404, 409 (the checkpoint is
completed or other checkpoints depend on it).


Sends a `DELETE` request to `/milestones/{milestone_id}/checkpoints/{order}`

Arguments:
- `milestone_id`: The milestone's id.
- `order`: The checkpoint's 1-based position within its milestone.
```ignore
let response = client.delete_checkpoint()
    .milestone_id(milestone_id)
    .order(order)
    .send()
    .await;
```*/
    #[inline]
    pub fn delete_checkpoint(&self) -> builder::DeleteCheckpoint<'_> {
        builder::DeleteCheckpoint::new(self)
    }
    /**Update a checkpoint

Changes fields of the checkpoint at `order`. Answers the updated milestone.
Errors: 404 (no such milestone or checkpoint), 400 (invalid or cyclic dependencies).


Sends a `PATCH` request to `/milestones/{milestone_id}/checkpoints/{order}`

Arguments:
- `milestone_id`: The milestone's id.
- `order`: The checkpoint's 1-based position within its milestone.
- `body`
```ignore
let response = client.update_checkpoint()
    .milestone_id(milestone_id)
    .order(order)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn update_checkpoint(&self) -> builder::UpdateCheckpoint<'_> {
        builder::UpdateCheckpoint::new(self)
    }
    /**Complete a checkpoint

Marks the checkpoint at `order` as completed. Completing the last checkpoint closes
the milestone.

**Two answers.** When the group requires human verification, the checkpoint is not
completed yet: `data` is an `HilRequired` object (`verification_required: true`) and a
verification email was sent (or an earlier pending one still applies). Otherwise
`data` is the updated `Milestone`. Because of this, `data` is free-form JSON here:
decode it into `HilRequired` when `verification_required` is `true`, else into
`Milestone`. `hil_expiry_seconds` (60–172800, server default 300) sets how long the
verification link stays valid.

Errors: 404 (no such milestone or checkpoint), 409 (needs consensus approval or has
incomplete dependencies, or already completed).


Sends a `POST` request to `/milestones/{milestone_id}/checkpoints/{order}/complete`

Arguments:
- `milestone_id`: The milestone's id.
- `order`: The checkpoint's 1-based position within its milestone.
- `body`
```ignore
let response = client.complete_checkpoint()
    .milestone_id(milestone_id)
    .order(order)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn complete_checkpoint(&self) -> builder::CompleteCheckpoint<'_> {
        builder::CompleteCheckpoint::new(self)
    }
    /**Reopen a milestone

Reopens a closed milestone. The body is an empty JSON object. Errors: 404,
409 (the milestone is already open).


Sends a `POST` request to `/milestones/{milestone_id}/reopen`

Arguments:
- `milestone_id`: The milestone's id.
- `body`
```ignore
let response = client.reopen_milestone()
    .milestone_id(milestone_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn reopen_milestone(&self) -> builder::ReopenMilestone<'_> {
        builder::ReopenMilestone::new(self)
    }
    /**List projects of a group

Lists the projects of a group, optionally filtered by status (server default: all;
default `limit` 50). Errors: 403, 404.


Sends a `GET` request to `/groups/{group_id}/projects`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `status`: Only projects in this status.
```ignore
let response = client.list_projects()
    .group_id(group_id)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_projects(&self) -> builder::ListProjects<'_> {
        builder::ListProjects::new(self)
    }
    /**Create a project

Creates a project in a group. Errors: 409 (a project with this slug already exists in
the group), 400, 403, 404.


Sends a `POST` request to `/groups/{group_id}/projects`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `body`
```ignore
let response = client.create_project()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_project(&self) -> builder::CreateProject<'_> {
        builder::CreateProject::new(self)
    }
    /**Get a project

Returns one project. Errors: 404, 403.


Sends a `GET` request to `/projects/{project_id}`

Arguments:
- `project_id`: The project's id.
```ignore
let response = client.get_project()
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_project(&self) -> builder::GetProject<'_> {
        builder::GetProject::new(self)
    }
    /**Update a project

Changes a project's title, description, slug and/or colour. Errors: 404,
409 (slug already used in the group), 400.


Sends a `PATCH` request to `/projects/{project_id}`

Arguments:
- `project_id`: The project's id.
- `body`
```ignore
let response = client.update_project()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn update_project(&self) -> builder::UpdateProject<'_> {
        builder::UpdateProject::new(self)
    }
    /**Complete a project

Marks a project as completed. The body is an empty JSON object. Errors: 404,
409 (already completed or cannot be completed).


Sends a `POST` request to `/projects/{project_id}/complete`

Arguments:
- `project_id`: The project's id.
- `body`
```ignore
let response = client.complete_project()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn complete_project(&self) -> builder::CompleteProject<'_> {
        builder::CompleteProject::new(self)
    }
    /**Archive a project

Archives a project (hidden from default views, can be reopened). The body is an empty
JSON object. Errors: 404, 409 (e.g. the group's default project cannot be archived).


Sends a `POST` request to `/projects/{project_id}/archive`

Arguments:
- `project_id`: The project's id.
- `body`
```ignore
let response = client.archive_project()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn archive_project(&self) -> builder::ArchiveProject<'_> {
        builder::ArchiveProject::new(self)
    }
    /**Reopen a project

Reopens a completed or archived project. The body is an empty JSON object.
Errors: 404, 409 (the project is already active).


Sends a `POST` request to `/projects/{project_id}/reopen`

Arguments:
- `project_id`: The project's id.
- `body`
```ignore
let response = client.reopen_project()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn reopen_project(&self) -> builder::ReopenProject<'_> {
        builder::ReopenProject::new(self)
    }
    /**List milestones of a project

Lists the milestones in a project, optionally filtered by status. Errors: 404, 403.


Sends a `GET` request to `/projects/{project_id}/milestones`

Arguments:
- `project_id`: The project's id.
- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `status`: Only milestones in this status (server default - all).
```ignore
let response = client.list_project_milestones()
    .project_id(project_id)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_project_milestones(&self) -> builder::ListProjectMilestones<'_> {
        builder::ListProjectMilestones::new(self)
    }
    /**List proposals of a group

Lists the proposals of a group, optionally filtered by status (server default: all;
default `limit` 20). Errors: 403, 404.


Sends a `GET` request to `/groups/{group_id}/proposals`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `status`: Only proposals in this status.
```ignore
let response = client.list_proposals()
    .group_id(group_id)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_proposals(&self) -> builder::ListProposals<'_> {
        builder::ListProposals::new(self)
    }
    /**Create a proposal

Creates a proposal for the group to vote on. `options` is required for `single` and
`ranked` voting and ignored for `yes_no`. Server defaults: `voting_type=yes_no`,
`threshold_type=majority`. Errors: 400 (missing options), 403, 404.


Sends a `POST` request to `/groups/{group_id}/proposals`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `body`
```ignore
let response = client.create_proposal()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_proposal(&self) -> builder::CreateProposal<'_> {
        builder::CreateProposal::new(self)
    }
    /**Get a proposal

Returns a proposal with its votes and tally. Errors: 404, 403.


Sends a `GET` request to `/proposals/{proposal_id}`

Arguments:
- `proposal_id`: The proposal's id.
```ignore
let response = client.get_proposal()
    .proposal_id(proposal_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_proposal(&self) -> builder::GetProposal<'_> {
        builder::GetProposal::new(self)
    }
    /**Cast a vote

Casts the caller's vote on an open proposal: `yes`/`no` for `yes_no` proposals, one
of the options for `single`, a comma-separated preference order for `ranked`.

**Two answers.** When the group requires human verification, the vote is not
recorded yet: `data` is an `HilRequired` object (`verification_required: true`).
Otherwise `data` is the updated `Proposal`. Because of this, `data` is free-form JSON
here: decode it into `HilRequired` when `verification_required` is `true`, else into
`Proposal`. `hil_expiry_seconds` (60–172800, server default 300) sets how long the
verification link stays valid.

Errors: 404, 400 (invalid vote for the voting type), 409 (finalized, or already voted).


Sends a `POST` request to `/proposals/{proposal_id}/vote`

Arguments:
- `proposal_id`: The proposal's id.
- `body`
```ignore
let response = client.cast_vote()
    .proposal_id(proposal_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn cast_vote(&self) -> builder::CastVote<'_> {
        builder::CastVote::new(self)
    }
    /**Finalize a proposal

Closes voting and computes the result according to the threshold type. For `quorum`,
`total_eligible_voters` is the electorate size (default: the votes cast).
Errors: 404, 409 (already finalized).


Sends a `POST` request to `/proposals/{proposal_id}/finalize`

Arguments:
- `proposal_id`: The proposal's id.
- `body`
```ignore
let response = client.finalize_proposal()
    .proposal_id(proposal_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn finalize_proposal(&self) -> builder::FinalizeProposal<'_> {
        builder::FinalizeProposal::new(self)
    }
    /**Submit feedback

Sends product feedback to the Clink team. `content` is at most 8192 characters. Needs
an API key with the feedback permission. Rate limited to 5 per minute and 10 per day.
Errors: 403 (no feedback permission), 429 (rate limited), 400.


Sends a `POST` request to `/feedback`

```ignore
let response = client.submit_feedback()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn submit_feedback(&self) -> builder::SubmitFeedback<'_> {
        builder::SubmitFeedback::new(self)
    }
    /**Get the calling key's permissions

Returns the permissions of the API key making the call, its scope (user or group) and
its owner type (user or agent profile). Errors: 401.


Sends a `GET` request to `/api-keys/me/permissions`

```ignore
let response = client.get_my_permissions()
    .send()
    .await;
```*/
    #[inline]
    pub fn get_my_permissions(&self) -> builder::GetMyPermissions<'_> {
        builder::GetMyPermissions::new(self)
    }
    /**List pending human verifications

Lists the human-in-the-loop verifications of a group that await a human's approval
(checkpoint completions and votes). Server default `limit` is 50. Errors: 403, 404.


Sends a `GET` request to `/groups/{group_id}/hil/pending`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `limit`: Maximum number of items to return (the server applies its own default and cap).
```ignore
let response = client.list_pending_verifications()
    .group_id(group_id)
    .limit(limit)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_pending_verifications(&self) -> builder::ListPendingVerifications<'_> {
        builder::ListPendingVerifications::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_groups`]

[`Client::list_groups`]: super::Client::list_groups*/
    #[derive(Debug, Clone)]
    pub struct ListGroups<'a> {
        client: &'a super::Client,
        slug: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListGroups<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                slug: Ok(None),
            }
        }
        #[inline]
        pub fn slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.slug = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for slug failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/groups`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GroupListEnvelope>, Error<()>> {
            let Self { client, slug } = self;
            let slug = slug.map_err(Error::InvalidRequest)?;
            let url = format!("{}/groups", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                crate::transport::query_param(
                        client
                            .client
                            .get(url.as_str())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            ),
                        "slug",
                        &slug,
                    )
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "list_groups",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(response, "clink", "list_groups")
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::get_group`]

[`Client::get_group`]: super::Client::get_group*/
    #[derive(Debug, Clone)]
    pub struct GetGroup<'a> {
        client: &'a super::Client,
        group_id: Result<::std::string::String, String>,
    }
    impl<'a> GetGroup<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
            }
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/groups/{group_id}`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GroupEnvelope>, Error<()>> {
            let Self { client, group_id } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/groups/{}", client.baseurl, crate
                ::transport::path_segment("group_id", group_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .get(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "get_group",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(response, "clink", "get_group")
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::list_members`]

[`Client::list_members`]: super::Client::list_members*/
    #[derive(Debug, Clone)]
    pub struct ListMembers<'a> {
        client: &'a super::Client,
        group_id: Result<::std::string::String, String>,
    }
    impl<'a> ListMembers<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
            }
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/groups/{group_id}/members`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MemberListEnvelope>, Error<()>> {
            let Self { client, group_id } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/groups/{}/members", client.baseurl, crate
                ::transport::path_segment("group_id", group_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .get(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "list_members",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(response, "clink", "list_members")
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::get_clinks`]

[`Client::get_clinks`]: super::Client::get_clinks*/
    #[derive(Debug, Clone)]
    pub struct GetClinks<'a> {
        client: &'a super::Client,
        for_me: Result<Option<bool>, String>,
        group_id: Result<Option<::std::string::String>, String>,
        limit: Result<Option<i64>, String>,
        mark_read: Result<Option<bool>, String>,
        since: Result<Option<crate::Timestamp>, String>,
        status: Result<Option<crate::clink::generated::enums::ClinkStatus>, String>,
        unread_only: Result<Option<bool>, String>,
    }
    impl<'a> GetClinks<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                for_me: Ok(None),
                group_id: Ok(None),
                limit: Ok(None),
                mark_read: Ok(None),
                since: Ok(None),
                status: Ok(None),
                unread_only: Ok(None),
            }
        }
        #[inline]
        pub fn for_me<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.for_me = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for for_me failed".to_string());
            self
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        #[inline]
        pub fn mark_read<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.mark_read = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for mark_read failed".to_string());
            self
        }
        #[inline]
        pub fn since<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.since = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Timestamp` for since failed".to_string()
                });
            self
        }
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::ClinkStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: clink :: generated :: enums :: ClinkStatus` for status failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn unread_only<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.unread_only = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for unread_only failed".to_string());
            self
        }
        ///Sends a `GET` request to `/clinks`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ClinkListEnvelope>, Error<()>> {
            let Self {
                client,
                for_me,
                group_id,
                limit,
                mark_read,
                since,
                status,
                unread_only,
            } = self;
            let for_me = for_me.map_err(Error::InvalidRequest)?;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let mark_read = mark_read.map_err(Error::InvalidRequest)?;
            let since = since.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let unread_only = unread_only.map_err(Error::InvalidRequest)?;
            let url = format!("{}/clinks", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                crate::transport::query_param(
                        crate::transport::query_param(
                            crate::transport::query_param(
                                crate::transport::query_param(
                                    crate::transport::query_param(
                                        crate::transport::query_param(
                                            crate::transport::query_param(
                                                client
                                                    .client
                                                    .get(url.as_str())
                                                    .header(
                                                        ::reqwest::header::ACCEPT,
                                                        ::reqwest::header::HeaderValue::from_static(
                                                            "application/json",
                                                        ),
                                                    ),
                                                "for_me",
                                                &for_me,
                                            ),
                                            "group_id",
                                            &group_id,
                                        ),
                                        "limit",
                                        &limit,
                                    ),
                                    "mark_read",
                                    &mark_read,
                                ),
                                "since",
                                &since,
                            ),
                            "status",
                            &status,
                        ),
                        "unread_only",
                        &unread_only,
                    )
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "get_clinks",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(response, "clink", "get_clinks")
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::mark_read`]

[`Client::mark_read`]: super::Client::mark_read*/
    #[derive(Debug, Clone)]
    pub struct MarkRead<'a> {
        client: &'a super::Client,
        body: Result<types::builder::MarkReadRequest, String>,
    }
    impl<'a> MarkRead<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MarkReadRequest>,
            <V as std::convert::TryInto<
                types::MarkReadRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `MarkReadRequest` for body failed: {}", s)
                });
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::MarkReadRequest,
            ) -> types::builder::MarkReadRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/clinks/mark-read`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MarkReadResultEnvelope>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::MarkReadRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/clinks/mark-read", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .post(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body)
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "mark_read",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(response, "clink", "mark_read")
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::send_clink`]

[`Client::send_clink`]: super::Client::send_clink*/
    #[derive(Debug, Clone)]
    pub struct SendClink<'a> {
        client: &'a super::Client,
        group_id: Result<::std::string::String, String>,
        body: Result<types::builder::SendClinkRequest, String>,
    }
    impl<'a> SendClink<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SendClinkRequest>,
            <V as std::convert::TryInto<
                types::SendClinkRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SendClinkRequest` for body failed: {}", s)
                });
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SendClinkRequest,
            ) -> types::builder::SendClinkRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/groups/{group_id}/clinks`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ClinkEnvelope>, Error<()>> {
            let Self { client, group_id, body } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::SendClinkRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/groups/{}/clinks", client.baseurl, crate
                ::transport::path_segment("group_id", group_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .post(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body)
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "send_clink",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(response, "clink", "send_clink")
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::check_inbox`]

[`Client::check_inbox`]: super::Client::check_inbox*/
    #[derive(Debug, Clone)]
    pub struct CheckInbox<'a> {
        client: &'a super::Client,
        claim: Result<Option<bool>, String>,
        for_me: Result<Option<bool>, String>,
        limit: Result<Option<i64>, String>,
        since: Result<Option<crate::Timestamp>, String>,
        status: Result<Option<crate::clink::generated::enums::ClinkStatus>, String>,
    }
    impl<'a> CheckInbox<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                claim: Ok(None),
                for_me: Ok(None),
                limit: Ok(None),
                since: Ok(None),
                status: Ok(None),
            }
        }
        #[inline]
        pub fn claim<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.claim = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for claim failed".to_string());
            self
        }
        #[inline]
        pub fn for_me<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.for_me = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for for_me failed".to_string());
            self
        }
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        #[inline]
        pub fn since<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.since = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Timestamp` for since failed".to_string()
                });
            self
        }
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::ClinkStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: clink :: generated :: enums :: ClinkStatus` for status failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/inbox`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::InboxEnvelope>, Error<()>> {
            let Self { client, claim, for_me, limit, since, status } = self;
            let claim = claim.map_err(Error::InvalidRequest)?;
            let for_me = for_me.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let since = since.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/inbox", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                crate::transport::query_param(
                        crate::transport::query_param(
                            crate::transport::query_param(
                                crate::transport::query_param(
                                    crate::transport::query_param(
                                        client
                                            .client
                                            .get(url.as_str())
                                            .header(
                                                ::reqwest::header::ACCEPT,
                                                ::reqwest::header::HeaderValue::from_static(
                                                    "application/json",
                                                ),
                                            ),
                                        "claim",
                                        &claim,
                                    ),
                                    "for_me",
                                    &for_me,
                                ),
                                "limit",
                                &limit,
                            ),
                            "since",
                            &since,
                        ),
                        "status",
                        &status,
                    )
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "check_inbox",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(response, "clink", "check_inbox")
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::claim_clink`]

[`Client::claim_clink`]: super::Client::claim_clink*/
    #[derive(Debug, Clone)]
    pub struct ClaimClink<'a> {
        client: &'a super::Client,
        clink_id: Result<::std::string::String, String>,
        body: Result<types::builder::ClaimClinkRequest, String>,
    }
    impl<'a> ClaimClink<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                clink_id: Err("clink_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn clink_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.clink_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for clink_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ClaimClinkRequest>,
            <V as std::convert::TryInto<
                types::ClaimClinkRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ClaimClinkRequest` for body failed: {}", s)
                });
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ClaimClinkRequest,
            ) -> types::builder::ClaimClinkRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/clinks/{clink_id}/claim`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ClinkEnvelope>, Error<()>> {
            let Self { client, clink_id, body } = self;
            let clink_id = clink_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ClaimClinkRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/clinks/{}/claim", client.baseurl, crate
                ::transport::path_segment("clink_id", clink_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .post(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body)
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "claim_clink",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(response, "clink", "claim_clink")
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::release_clink`]

[`Client::release_clink`]: super::Client::release_clink*/
    #[derive(Debug, Clone)]
    pub struct ReleaseClink<'a> {
        client: &'a super::Client,
        clink_id: Result<::std::string::String, String>,
        body: Result<types::builder::EmptyRequest, String>,
    }
    impl<'a> ReleaseClink<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                clink_id: Err("clink_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn clink_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.clink_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for clink_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `EmptyRequest` for body failed: {}", s)
                });
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EmptyRequest,
            ) -> types::builder::EmptyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/clinks/{clink_id}/release`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ClinkEnvelope>, Error<()>> {
            let Self { client, clink_id, body } = self;
            let clink_id = clink_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::EmptyRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/clinks/{}/release", client.baseurl, crate
                ::transport::path_segment("clink_id", clink_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .post(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body)
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "release_clink",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(response, "clink", "release_clink")
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::complete_clink`]

[`Client::complete_clink`]: super::Client::complete_clink*/
    #[derive(Debug, Clone)]
    pub struct CompleteClink<'a> {
        client: &'a super::Client,
        clink_id: Result<::std::string::String, String>,
        body: Result<types::builder::CompleteClinkRequest, String>,
    }
    impl<'a> CompleteClink<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                clink_id: Err("clink_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn clink_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.clink_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for clink_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CompleteClinkRequest>,
            <V as std::convert::TryInto<
                types::CompleteClinkRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CompleteClinkRequest` for body failed: {}", s
                    )
                });
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CompleteClinkRequest,
            ) -> types::builder::CompleteClinkRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/clinks/{clink_id}/complete`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CompleteClinkResultEnvelope>, Error<()>> {
            let Self { client, clink_id, body } = self;
            let clink_id = clink_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CompleteClinkRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/clinks/{}/complete", client.baseurl, crate
                ::transport::path_segment("clink_id", clink_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .post(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body)
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "complete_clink",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "complete_clink",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::list_milestones`]

[`Client::list_milestones`]: super::Client::list_milestones*/
    #[derive(Debug, Clone)]
    pub struct ListMilestones<'a> {
        client: &'a super::Client,
        group_id: Result<::std::string::String, String>,
        limit: Result<Option<i64>, String>,
        status: Result<Option<crate::clink::generated::enums::MilestoneStatus>, String>,
    }
    impl<'a> ListMilestones<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                limit: Ok(None),
                status: Ok(None),
            }
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::MilestoneStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: clink :: generated :: enums :: MilestoneStatus` for status failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/groups/{group_id}/milestones`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MilestoneListEnvelope>, Error<()>> {
            let Self { client, group_id, limit, status } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/groups/{}/milestones", client.baseurl, crate
                ::transport::path_segment("group_id", group_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                crate::transport::query_param(
                        crate::transport::query_param(
                            client
                                .client
                                .get(url.as_str())
                                .header(
                                    ::reqwest::header::ACCEPT,
                                    ::reqwest::header::HeaderValue::from_static(
                                        "application/json",
                                    ),
                                ),
                            "limit",
                            &limit,
                        ),
                        "status",
                        &status,
                    )
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "list_milestones",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "list_milestones",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::create_milestone`]

[`Client::create_milestone`]: super::Client::create_milestone*/
    #[derive(Debug, Clone)]
    pub struct CreateMilestone<'a> {
        client: &'a super::Client,
        group_id: Result<::std::string::String, String>,
        body: Result<types::builder::CreateMilestoneRequest, String>,
    }
    impl<'a> CreateMilestone<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateMilestoneRequest>,
            <V as std::convert::TryInto<
                types::CreateMilestoneRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateMilestoneRequest` for body failed: {}", s
                    )
                });
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateMilestoneRequest,
            ) -> types::builder::CreateMilestoneRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/groups/{group_id}/milestones`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MilestoneEnvelope>, Error<()>> {
            let Self { client, group_id, body } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateMilestoneRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/groups/{}/milestones", client.baseurl, crate
                ::transport::path_segment("group_id", group_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .post(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body)
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "create_milestone",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "create_milestone",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::get_milestone`]

[`Client::get_milestone`]: super::Client::get_milestone*/
    #[derive(Debug, Clone)]
    pub struct GetMilestone<'a> {
        client: &'a super::Client,
        milestone_id: Result<::std::string::String, String>,
    }
    impl<'a> GetMilestone<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                milestone_id: Err("milestone_id was not initialized".to_string()),
            }
        }
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.milestone_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for milestone_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/milestones/{milestone_id}`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MilestoneEnvelope>, Error<()>> {
            let Self { client, milestone_id } = self;
            let milestone_id = milestone_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/milestones/{}", client.baseurl, crate
                ::transport::path_segment("milestone_id", milestone_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .get(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "get_milestone",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(response, "clink", "get_milestone")
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::update_milestone`]

[`Client::update_milestone`]: super::Client::update_milestone*/
    #[derive(Debug, Clone)]
    pub struct UpdateMilestone<'a> {
        client: &'a super::Client,
        milestone_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateMilestoneRequest, String>,
    }
    impl<'a> UpdateMilestone<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                milestone_id: Err("milestone_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.milestone_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for milestone_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateMilestoneRequest>,
            <V as std::convert::TryInto<
                types::UpdateMilestoneRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateMilestoneRequest` for body failed: {}", s
                    )
                });
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateMilestoneRequest,
            ) -> types::builder::UpdateMilestoneRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/milestones/{milestone_id}`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MilestoneEnvelope>, Error<()>> {
            let Self { client, milestone_id, body } = self;
            let milestone_id = milestone_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateMilestoneRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/milestones/{}", client.baseurl, crate
                ::transport::path_segment("milestone_id", milestone_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .patch(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body)
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "update_milestone",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "update_milestone",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::add_checkpoint`]

[`Client::add_checkpoint`]: super::Client::add_checkpoint*/
    #[derive(Debug, Clone)]
    pub struct AddCheckpoint<'a> {
        client: &'a super::Client,
        milestone_id: Result<::std::string::String, String>,
        body: Result<types::builder::AddCheckpointRequest, String>,
    }
    impl<'a> AddCheckpoint<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                milestone_id: Err("milestone_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.milestone_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for milestone_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddCheckpointRequest>,
            <V as std::convert::TryInto<
                types::AddCheckpointRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AddCheckpointRequest` for body failed: {}", s
                    )
                });
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AddCheckpointRequest,
            ) -> types::builder::AddCheckpointRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/milestones/{milestone_id}/checkpoints`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MilestoneEnvelope>, Error<()>> {
            let Self { client, milestone_id, body } = self;
            let milestone_id = milestone_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::AddCheckpointRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/milestones/{}/checkpoints", client.baseurl, crate
                ::transport::path_segment("milestone_id", milestone_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .post(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body)
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "add_checkpoint",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "add_checkpoint",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::delete_checkpoint`]

[`Client::delete_checkpoint`]: super::Client::delete_checkpoint*/
    #[derive(Debug, Clone)]
    pub struct DeleteCheckpoint<'a> {
        client: &'a super::Client,
        milestone_id: Result<::std::string::String, String>,
        order: Result<i64, String>,
    }
    impl<'a> DeleteCheckpoint<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                milestone_id: Err("milestone_id was not initialized".to_string()),
                order: Err("order was not initialized".to_string()),
            }
        }
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.milestone_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for milestone_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.order = value
                .try_into()
                .map_err(|_| "conversion to `i64` for order failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/milestones/{milestone_id}/checkpoints/{order}`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MilestoneEnvelope>, Error<()>> {
            let Self { client, milestone_id, order } = self;
            let milestone_id = milestone_id.map_err(Error::InvalidRequest)?;
            let order = order.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/milestones/{}/checkpoints/{}", client.baseurl, crate
                ::transport::path_segment("milestone_id", milestone_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?, crate
                ::transport::path_segment("order", & order.to_string())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .delete(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "delete_checkpoint",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "delete_checkpoint",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::update_checkpoint`]

[`Client::update_checkpoint`]: super::Client::update_checkpoint*/
    #[derive(Debug, Clone)]
    pub struct UpdateCheckpoint<'a> {
        client: &'a super::Client,
        milestone_id: Result<::std::string::String, String>,
        order: Result<i64, String>,
        body: Result<types::builder::UpdateCheckpointRequest, String>,
    }
    impl<'a> UpdateCheckpoint<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                milestone_id: Err("milestone_id was not initialized".to_string()),
                order: Err("order was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.milestone_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for milestone_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.order = value
                .try_into()
                .map_err(|_| "conversion to `i64` for order failed".to_string());
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateCheckpointRequest>,
            <V as std::convert::TryInto<
                types::UpdateCheckpointRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateCheckpointRequest` for body failed: {}", s
                    )
                });
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateCheckpointRequest,
            ) -> types::builder::UpdateCheckpointRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/milestones/{milestone_id}/checkpoints/{order}`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MilestoneEnvelope>, Error<()>> {
            let Self { client, milestone_id, order, body } = self;
            let milestone_id = milestone_id.map_err(Error::InvalidRequest)?;
            let order = order.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateCheckpointRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/milestones/{}/checkpoints/{}", client.baseurl, crate
                ::transport::path_segment("milestone_id", milestone_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?, crate
                ::transport::path_segment("order", & order.to_string())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .patch(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body)
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "update_checkpoint",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "update_checkpoint",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::complete_checkpoint`]

[`Client::complete_checkpoint`]: super::Client::complete_checkpoint*/
    #[derive(Debug, Clone)]
    pub struct CompleteCheckpoint<'a> {
        client: &'a super::Client,
        milestone_id: Result<::std::string::String, String>,
        order: Result<i64, String>,
        body: Result<types::builder::CompleteCheckpointRequest, String>,
    }
    impl<'a> CompleteCheckpoint<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                milestone_id: Err("milestone_id was not initialized".to_string()),
                order: Err("order was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.milestone_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for milestone_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.order = value
                .try_into()
                .map_err(|_| "conversion to `i64` for order failed".to_string());
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CompleteCheckpointRequest>,
            <V as std::convert::TryInto<
                types::CompleteCheckpointRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CompleteCheckpointRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CompleteCheckpointRequest,
            ) -> types::builder::CompleteCheckpointRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/milestones/{milestone_id}/checkpoints/{order}/complete`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MilestoneOrHilRequiredEnvelope>, Error<()>> {
            let Self { client, milestone_id, order, body } = self;
            let milestone_id = milestone_id.map_err(Error::InvalidRequest)?;
            let order = order.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CompleteCheckpointRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/milestones/{}/checkpoints/{}/complete", client.baseurl, crate
                ::transport::path_segment("milestone_id", milestone_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?, crate
                ::transport::path_segment("order", & order.to_string())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .post(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body)
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "complete_checkpoint",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "complete_checkpoint",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::reopen_milestone`]

[`Client::reopen_milestone`]: super::Client::reopen_milestone*/
    #[derive(Debug, Clone)]
    pub struct ReopenMilestone<'a> {
        client: &'a super::Client,
        milestone_id: Result<::std::string::String, String>,
        body: Result<types::builder::EmptyRequest, String>,
    }
    impl<'a> ReopenMilestone<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                milestone_id: Err("milestone_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.milestone_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for milestone_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `EmptyRequest` for body failed: {}", s)
                });
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EmptyRequest,
            ) -> types::builder::EmptyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/milestones/{milestone_id}/reopen`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MilestoneEnvelope>, Error<()>> {
            let Self { client, milestone_id, body } = self;
            let milestone_id = milestone_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::EmptyRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/milestones/{}/reopen", client.baseurl, crate
                ::transport::path_segment("milestone_id", milestone_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .post(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body)
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "reopen_milestone",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "reopen_milestone",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::list_projects`]

[`Client::list_projects`]: super::Client::list_projects*/
    #[derive(Debug, Clone)]
    pub struct ListProjects<'a> {
        client: &'a super::Client,
        group_id: Result<::std::string::String, String>,
        limit: Result<Option<i64>, String>,
        status: Result<Option<crate::clink::generated::enums::ProjectStatus>, String>,
    }
    impl<'a> ListProjects<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                limit: Ok(None),
                status: Ok(None),
            }
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::ProjectStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: clink :: generated :: enums :: ProjectStatus` for status failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/groups/{group_id}/projects`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProjectListEnvelope>, Error<()>> {
            let Self { client, group_id, limit, status } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/groups/{}/projects", client.baseurl, crate
                ::transport::path_segment("group_id", group_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                crate::transport::query_param(
                        crate::transport::query_param(
                            client
                                .client
                                .get(url.as_str())
                                .header(
                                    ::reqwest::header::ACCEPT,
                                    ::reqwest::header::HeaderValue::from_static(
                                        "application/json",
                                    ),
                                ),
                            "limit",
                            &limit,
                        ),
                        "status",
                        &status,
                    )
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "list_projects",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(response, "clink", "list_projects")
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::create_project`]

[`Client::create_project`]: super::Client::create_project*/
    #[derive(Debug, Clone)]
    pub struct CreateProject<'a> {
        client: &'a super::Client,
        group_id: Result<::std::string::String, String>,
        body: Result<types::builder::CreateProjectRequest, String>,
    }
    impl<'a> CreateProject<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateProjectRequest>,
            <V as std::convert::TryInto<
                types::CreateProjectRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateProjectRequest` for body failed: {}", s
                    )
                });
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateProjectRequest,
            ) -> types::builder::CreateProjectRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/groups/{group_id}/projects`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProjectEnvelope>, Error<()>> {
            let Self { client, group_id, body } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateProjectRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/groups/{}/projects", client.baseurl, crate
                ::transport::path_segment("group_id", group_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .post(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body)
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "create_project",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "create_project",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::get_project`]

[`Client::get_project`]: super::Client::get_project*/
    #[derive(Debug, Clone)]
    pub struct GetProject<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
    }
    impl<'a> GetProject<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/projects/{project_id}`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProjectEnvelope>, Error<()>> {
            let Self { client, project_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}", client.baseurl, crate
                ::transport::path_segment("project_id", project_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .get(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "get_project",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(response, "clink", "get_project")
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::update_project`]

[`Client::update_project`]: super::Client::update_project*/
    #[derive(Debug, Clone)]
    pub struct UpdateProject<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateProjectRequest, String>,
    }
    impl<'a> UpdateProject<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateProjectRequest>,
            <V as std::convert::TryInto<
                types::UpdateProjectRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateProjectRequest` for body failed: {}", s
                    )
                });
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateProjectRequest,
            ) -> types::builder::UpdateProjectRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/projects/{project_id}`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProjectEnvelope>, Error<()>> {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateProjectRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}", client.baseurl, crate
                ::transport::path_segment("project_id", project_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .patch(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body)
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "update_project",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "update_project",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::complete_project`]

[`Client::complete_project`]: super::Client::complete_project*/
    #[derive(Debug, Clone)]
    pub struct CompleteProject<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        body: Result<types::builder::EmptyRequest, String>,
    }
    impl<'a> CompleteProject<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `EmptyRequest` for body failed: {}", s)
                });
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EmptyRequest,
            ) -> types::builder::EmptyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/projects/{project_id}/complete`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProjectEnvelope>, Error<()>> {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::EmptyRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/complete", client.baseurl, crate
                ::transport::path_segment("project_id", project_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .post(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body)
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "complete_project",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "complete_project",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::archive_project`]

[`Client::archive_project`]: super::Client::archive_project*/
    #[derive(Debug, Clone)]
    pub struct ArchiveProject<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        body: Result<types::builder::EmptyRequest, String>,
    }
    impl<'a> ArchiveProject<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `EmptyRequest` for body failed: {}", s)
                });
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EmptyRequest,
            ) -> types::builder::EmptyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/projects/{project_id}/archive`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProjectEnvelope>, Error<()>> {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::EmptyRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/archive", client.baseurl, crate
                ::transport::path_segment("project_id", project_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .post(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body)
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "archive_project",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "archive_project",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::reopen_project`]

[`Client::reopen_project`]: super::Client::reopen_project*/
    #[derive(Debug, Clone)]
    pub struct ReopenProject<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        body: Result<types::builder::EmptyRequest, String>,
    }
    impl<'a> ReopenProject<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `EmptyRequest` for body failed: {}", s)
                });
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EmptyRequest,
            ) -> types::builder::EmptyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/projects/{project_id}/reopen`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProjectEnvelope>, Error<()>> {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::EmptyRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/reopen", client.baseurl, crate
                ::transport::path_segment("project_id", project_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .post(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body)
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "reopen_project",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "reopen_project",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::list_project_milestones`]

[`Client::list_project_milestones`]: super::Client::list_project_milestones*/
    #[derive(Debug, Clone)]
    pub struct ListProjectMilestones<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        limit: Result<Option<i64>, String>,
        status: Result<Option<crate::clink::generated::enums::MilestoneStatus>, String>,
    }
    impl<'a> ListProjectMilestones<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                limit: Ok(None),
                status: Ok(None),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::MilestoneStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: clink :: generated :: enums :: MilestoneStatus` for status failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/projects/{project_id}/milestones`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MilestoneListEnvelope>, Error<()>> {
            let Self { client, project_id, limit, status } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/milestones", client.baseurl, crate
                ::transport::path_segment("project_id", project_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                crate::transport::query_param(
                        crate::transport::query_param(
                            client
                                .client
                                .get(url.as_str())
                                .header(
                                    ::reqwest::header::ACCEPT,
                                    ::reqwest::header::HeaderValue::from_static(
                                        "application/json",
                                    ),
                                ),
                            "limit",
                            &limit,
                        ),
                        "status",
                        &status,
                    )
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "list_project_milestones",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "list_project_milestones",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::list_proposals`]

[`Client::list_proposals`]: super::Client::list_proposals*/
    #[derive(Debug, Clone)]
    pub struct ListProposals<'a> {
        client: &'a super::Client,
        group_id: Result<::std::string::String, String>,
        limit: Result<Option<i64>, String>,
        status: Result<Option<crate::clink::generated::enums::ProposalStatus>, String>,
    }
    impl<'a> ListProposals<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                limit: Ok(None),
                status: Ok(None),
            }
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::ProposalStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: clink :: generated :: enums :: ProposalStatus` for status failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/groups/{group_id}/proposals`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProposalListEnvelope>, Error<()>> {
            let Self { client, group_id, limit, status } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/groups/{}/proposals", client.baseurl, crate
                ::transport::path_segment("group_id", group_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                crate::transport::query_param(
                        crate::transport::query_param(
                            client
                                .client
                                .get(url.as_str())
                                .header(
                                    ::reqwest::header::ACCEPT,
                                    ::reqwest::header::HeaderValue::from_static(
                                        "application/json",
                                    ),
                                ),
                            "limit",
                            &limit,
                        ),
                        "status",
                        &status,
                    )
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "list_proposals",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "list_proposals",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::create_proposal`]

[`Client::create_proposal`]: super::Client::create_proposal*/
    #[derive(Debug, Clone)]
    pub struct CreateProposal<'a> {
        client: &'a super::Client,
        group_id: Result<::std::string::String, String>,
        body: Result<types::builder::CreateProposalRequest, String>,
    }
    impl<'a> CreateProposal<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateProposalRequest>,
            <V as std::convert::TryInto<
                types::CreateProposalRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateProposalRequest` for body failed: {}", s
                    )
                });
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateProposalRequest,
            ) -> types::builder::CreateProposalRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/groups/{group_id}/proposals`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProposalEnvelope>, Error<()>> {
            let Self { client, group_id, body } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateProposalRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/groups/{}/proposals", client.baseurl, crate
                ::transport::path_segment("group_id", group_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .post(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body)
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "create_proposal",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "create_proposal",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::get_proposal`]

[`Client::get_proposal`]: super::Client::get_proposal*/
    #[derive(Debug, Clone)]
    pub struct GetProposal<'a> {
        client: &'a super::Client,
        proposal_id: Result<::std::string::String, String>,
    }
    impl<'a> GetProposal<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                proposal_id: Err("proposal_id was not initialized".to_string()),
            }
        }
        #[inline]
        pub fn proposal_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.proposal_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for proposal_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/proposals/{proposal_id}`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProposalEnvelope>, Error<()>> {
            let Self { client, proposal_id } = self;
            let proposal_id = proposal_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/proposals/{}", client.baseurl, crate
                ::transport::path_segment("proposal_id", proposal_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .get(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "get_proposal",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(response, "clink", "get_proposal")
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::cast_vote`]

[`Client::cast_vote`]: super::Client::cast_vote*/
    #[derive(Debug, Clone)]
    pub struct CastVote<'a> {
        client: &'a super::Client,
        proposal_id: Result<::std::string::String, String>,
        body: Result<types::builder::CastVoteRequest, String>,
    }
    impl<'a> CastVote<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                proposal_id: Err("proposal_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn proposal_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.proposal_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for proposal_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CastVoteRequest>,
            <V as std::convert::TryInto<
                types::CastVoteRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CastVoteRequest` for body failed: {}", s)
                });
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CastVoteRequest,
            ) -> types::builder::CastVoteRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/proposals/{proposal_id}/vote`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProposalOrHilRequiredEnvelope>, Error<()>> {
            let Self { client, proposal_id, body } = self;
            let proposal_id = proposal_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CastVoteRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/proposals/{}/vote", client.baseurl, crate
                ::transport::path_segment("proposal_id", proposal_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .post(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body)
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "cast_vote",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(response, "clink", "cast_vote")
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::finalize_proposal`]

[`Client::finalize_proposal`]: super::Client::finalize_proposal*/
    #[derive(Debug, Clone)]
    pub struct FinalizeProposal<'a> {
        client: &'a super::Client,
        proposal_id: Result<::std::string::String, String>,
        body: Result<types::builder::FinalizeProposalRequest, String>,
    }
    impl<'a> FinalizeProposal<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                proposal_id: Err("proposal_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn proposal_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.proposal_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for proposal_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FinalizeProposalRequest>,
            <V as std::convert::TryInto<
                types::FinalizeProposalRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `FinalizeProposalRequest` for body failed: {}", s
                    )
                });
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::FinalizeProposalRequest,
            ) -> types::builder::FinalizeProposalRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/proposals/{proposal_id}/finalize`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProposalEnvelope>, Error<()>> {
            let Self { client, proposal_id, body } = self;
            let proposal_id = proposal_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::FinalizeProposalRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/proposals/{}/finalize", client.baseurl, crate
                ::transport::path_segment("proposal_id", proposal_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .post(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body)
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "finalize_proposal",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "finalize_proposal",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::submit_feedback`]

[`Client::submit_feedback`]: super::Client::submit_feedback*/
    #[derive(Debug, Clone)]
    pub struct SubmitFeedback<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SubmitFeedbackRequest, String>,
    }
    impl<'a> SubmitFeedback<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SubmitFeedbackRequest>,
            <V as std::convert::TryInto<
                types::SubmitFeedbackRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `SubmitFeedbackRequest` for body failed: {}", s
                    )
                });
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SubmitFeedbackRequest,
            ) -> types::builder::SubmitFeedbackRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/feedback`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FeedbackResponseEnvelope>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SubmitFeedbackRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/feedback", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .post(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body)
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "submit_feedback",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "submit_feedback",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::get_my_permissions`]

[`Client::get_my_permissions`]: super::Client::get_my_permissions*/
    #[derive(Debug, Clone)]
    pub struct GetMyPermissions<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetMyPermissions<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api-keys/me/permissions`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PermissionsResponseEnvelope>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/api-keys/me/permissions", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                client
                    .client
                    .get(url.as_str())
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "get_my_permissions",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "get_my_permissions",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
    /**Builder for [`Client::list_pending_verifications`]

[`Client::list_pending_verifications`]: super::Client::list_pending_verifications*/
    #[derive(Debug, Clone)]
    pub struct ListPendingVerifications<'a> {
        client: &'a super::Client,
        group_id: Result<::std::string::String, String>,
        limit: Result<Option<i64>, String>,
    }
    impl<'a> ListPendingVerifications<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                limit: Ok(None),
            }
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_id failed"
                        .to_string()
                });
            self
        }
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        ///Sends a `GET` request to `/groups/{group_id}/hil/pending`
        #[inline]
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PendingVerificationListEnvelope>, Error<()>> {
            let Self { client, group_id, limit } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/groups/{}/hil/pending", client.baseurl, crate
                ::transport::path_segment("group_id", group_id.as_str())
                .map_err(progenitor_client::Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            {
                let _ = &mut header_map;
            };
            let mut build = || {
                crate::transport::query_param(
                        client
                            .client
                            .get(url.as_str())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            ),
                        "limit",
                        &limit,
                    )
                    .headers(header_map.clone())
                    .build()
            };
            let info = OperationInfo {
                operation_id: "list_pending_verifications",
            };
            let result = client
                .inner
                .exec_rebuilding(&mut build, info.operation_id)
                .await;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::transport::decode_response(
                            response,
                            "clink",
                            "list_pending_verifications",
                        )
                        .await
                }
                _ => Err(Error::UnexpectedResponse(response.into_response())),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
impl crate::transport::BodyVerdict for types::AddCheckpointRequest {}
impl crate::transport::BodyVerdict for types::CastVoteRequest {}
impl crate::transport::BodyVerdict for types::Checkpoint {}
impl crate::transport::BodyVerdict for types::CheckpointDependency {}
impl crate::transport::BodyVerdict for types::CheckpointInput {}
impl crate::transport::BodyVerdict for types::ClaimClinkRequest {}
impl crate::transport::BodyVerdict for types::Clink {}
impl crate::transport::BodyVerdict for types::ClinkEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::ClinkList {}
impl crate::transport::BodyVerdict for types::ClinkListEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::CompleteCheckpointRequest {}
impl crate::transport::BodyVerdict for types::CompleteClinkRequest {}
impl crate::transport::BodyVerdict for types::CompleteClinkResult {}
impl crate::transport::BodyVerdict for types::CompleteClinkResultEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::CreateMilestoneRequest {}
impl crate::transport::BodyVerdict for types::CreateProjectRequest {}
impl crate::transport::BodyVerdict for types::CreateProposalRequest {}
impl crate::transport::BodyVerdict for types::EmptyRequest {}
impl crate::transport::BodyVerdict for types::FeedbackContext {}
impl crate::transport::BodyVerdict for types::FeedbackResponse {}
impl crate::transport::BodyVerdict for types::FeedbackResponseEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::FinalizeProposalRequest {}
impl crate::transport::BodyVerdict for types::Group {}
impl crate::transport::BodyVerdict for types::GroupEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::GroupList {}
impl crate::transport::BodyVerdict for types::GroupListEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::HilRequired {}
impl crate::transport::BodyVerdict for types::Inbox {}
impl crate::transport::BodyVerdict for types::InboxEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::MarkReadRequest {}
impl crate::transport::BodyVerdict for types::MarkReadResult {}
impl crate::transport::BodyVerdict for types::MarkReadResultEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::Member {}
impl crate::transport::BodyVerdict for types::MemberList {}
impl crate::transport::BodyVerdict for types::MemberListEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::Milestone {}
impl crate::transport::BodyVerdict for types::MilestoneEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::MilestoneList {}
impl crate::transport::BodyVerdict for types::MilestoneListEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::MilestoneOrHilRequiredEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::PendingVerification {}
impl crate::transport::BodyVerdict for types::PendingVerificationList {}
impl crate::transport::BodyVerdict for types::PendingVerificationListEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::PermissionInfo {}
impl crate::transport::BodyVerdict for types::PermissionsResponse {}
impl crate::transport::BodyVerdict for types::PermissionsResponseEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::Project {}
impl crate::transport::BodyVerdict for types::ProjectEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::ProjectList {}
impl crate::transport::BodyVerdict for types::ProjectListEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::Proposal {}
impl crate::transport::BodyVerdict for types::ProposalEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::ProposalList {}
impl crate::transport::BodyVerdict for types::ProposalListEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::ProposalOrHilRequiredEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::SendClinkRequest {}
impl crate::transport::BodyVerdict for types::SubmitFeedbackRequest {}
impl crate::transport::BodyVerdict for types::UpdateCheckpointRequest {}
impl crate::transport::BodyVerdict for types::UpdateMilestoneRequest {}
impl crate::transport::BodyVerdict for types::UpdateProjectRequest {}
impl crate::transport::BodyVerdict for types::Vote {}
impl crate::clink::Client {
    /**List groups

Lists the groups the caller belongs to. With `slug`, only the group with that slug is
returned (an empty list when there is none); the SDK uses this to resolve a slug to a
group UUID. Errors: 401 (invalid key).


Sends a `GET` request to `/groups`

Arguments:
- `slug`: Only return the group with this slug.
```ignore
let response = client.list_groups()
    .slug(slug)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_groups(&self) -> fluent::ListGroups<'_> {
        fluent::ListGroups::new(self)
    }
    /**Get a group

Returns one group. Errors: 404 (no such group or not a member), 403.


Sends a `GET` request to `/groups/{group_id}`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

```ignore
let response = client.get_group()
    .group_id(group_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_group(&self) -> fluent::GetGroup<'_> {
        fluent::GetGroup::new(self)
    }
    /**List group members

Lists the members of a group (users and agent profiles). Errors: 404, 403.


Sends a `GET` request to `/groups/{group_id}/members`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

```ignore
let response = client.list_members()
    .group_id(group_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_members(&self) -> fluent::ListMembers<'_> {
        fluent::ListMembers::new(self)
    }
    /**Get clinks

Reads clinks across the caller's groups, or in one group with `group_id`, newest
activity first. Filters: `since`, `status`, `for_me`, `unread_only`; `mark_read=true`
marks the returned clinks as read. Server default `limit` is 50, maximum 100.
Errors: 404 (unknown group), 403.


Sends a `GET` request to `/clinks`

Arguments:
- `for_me`: Only clinks addressed to the caller or to nobody.
- `group_id`: Only clinks of this group (its UUID or its slug; the SDK resolves slugs first).
- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `mark_read`: Mark the returned clinks as read (server default `false`).
- `since`: Only items created after this ISO-8601 timestamp.
- `status`: Only clinks in this status.
- `unread_only`: Only clinks the caller has not read yet (server default `false`).
```ignore
let response = client.get_clinks()
    .for_me(for_me)
    .group_id(group_id)
    .limit(limit)
    .mark_read(mark_read)
    .since(since)
    .status(status)
    .unread_only(unread_only)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_clinks(&self) -> fluent::GetClinks<'_> {
        fluent::GetClinks::new(self)
    }
    /**Mark clinks as read

Marks every clink of the given groups as read for the caller. The shape of `data` is
not documented, so it is a free-form object (empty when the answer has none). Errors: 400
(empty list), 403.


Sends a `POST` request to `/clinks/mark-read`

```ignore
let response = client.mark_read()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn mark_read(&self) -> fluent::MarkRead<'_> {
        fluent::MarkRead::new(self)
    }
    /**Send a clink

Posts a clink (message) to a group, optionally addressed to one recipient with `for`.
`content` is at most 4096 characters. Errors: 400 (empty or too long content),
403 (not a member of the group), 404 (no such group).


Sends a `POST` request to `/groups/{group_id}/clinks`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `body`
```ignore
let response = client.send_clink()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn send_clink(&self) -> fluent::SendClink<'_> {
        fluent::SendClink::new(self)
    }
    /**Check the inbox

Returns actionable clinks for the caller: by default pending clinks addressed to the
caller or to nobody. With `claim=true` the returned pending clinks are claimed in the
same call (`claimed_count` says how many). Server defaults: `status=pending`,
`for_me=true`, `limit=10`. Errors: 401, 403.


Sends a `GET` request to `/inbox`

Arguments:
- `claim`: Claim the returned pending clinks for processing.
- `for_me`: Only clinks addressed to the caller or to nobody.
- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `since`: Only items created after this ISO-8601 timestamp.
- `status`: Only clinks in this status (server default `pending`).
```ignore
let response = client.check_inbox()
    .claim(claim)
    .for_me(for_me)
    .limit(limit)
    .since(since)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn check_inbox(&self) -> fluent::CheckInbox<'_> {
        fluent::CheckInbox::new(self)
    }
    /**Release a claimed clink

Gives up the caller's claim on a clink without completing it; the clink returns to
`pending`. The body is an empty JSON object. Errors: 404, 403 (the caller does not
hold the claim).


Sends a `POST` request to `/clinks/{clink_id}/release`

Arguments:
- `clink_id`: The clink's id.
- `body`
```ignore
let response = client.release_clink()
    .clink_id(clink_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn release_clink(&self) -> fluent::ReleaseClink<'_> {
        fluent::ReleaseClink::new(self)
    }
    /**Complete a claimed clink

Marks a claimed clink as completed, optionally posting `response` as a new clink in
the same group (its id is `response_clink_id`). Errors: 404, 403 (the caller does not
hold the claim), 409 (not claimed or already completed).


Sends a `POST` request to `/clinks/{clink_id}/complete`

Arguments:
- `clink_id`: The clink's id.
- `body`
```ignore
let response = client.complete_clink()
    .clink_id(clink_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn complete_clink(&self) -> fluent::CompleteClink<'_> {
        fluent::CompleteClink::new(self)
    }
    /**List milestones of a group

Lists the milestones of a group, optionally filtered by status (server default: all;
default `limit` 20). Errors: 403, 404.


Sends a `GET` request to `/groups/{group_id}/milestones`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `status`: Only milestones in this status (server default - all).
```ignore
let response = client.list_milestones()
    .group_id(group_id)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_milestones(&self) -> fluent::ListMilestones<'_> {
        fluent::ListMilestones::new(self)
    }
    /**Create a milestone

Creates a milestone with its ordered checkpoints in a group. Without `project_id` the
milestone goes into the group's default ("General") project. Errors: 400 (invalid
checkpoints or dependencies), 403, 404.


Sends a `POST` request to `/groups/{group_id}/milestones`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `body`
```ignore
let response = client.create_milestone()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_milestone(&self) -> fluent::CreateMilestone<'_> {
        fluent::CreateMilestone::new(self)
    }
    /**Get a milestone

Returns a milestone with its checkpoints. Errors: 404, 403.


Sends a `GET` request to `/milestones/{milestone_id}`

Arguments:
- `milestone_id`: The milestone's id.
```ignore
let response = client.get_milestone()
    .milestone_id(milestone_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_milestone(&self) -> fluent::GetMilestone<'_> {
        fluent::GetMilestone::new(self)
    }
    /**Update a milestone

Changes a milestone's title and/or description. Errors: 404, 403, 400.


Sends a `PATCH` request to `/milestones/{milestone_id}`

Arguments:
- `milestone_id`: The milestone's id.
- `body`
```ignore
let response = client.update_milestone()
    .milestone_id(milestone_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn update_milestone(&self) -> fluent::UpdateMilestone<'_> {
        fluent::UpdateMilestone::new(self)
    }
    /**Add a checkpoint

Adds a checkpoint to an existing milestone, at the 1-based `position` or at the end.
Answers the updated milestone. Errors: 404, 400 (invalid dependencies), 403.


Sends a `POST` request to `/milestones/{milestone_id}/checkpoints`

Arguments:
- `milestone_id`: The milestone's id.
- `body`
```ignore
let response = client.add_checkpoint()
    .milestone_id(milestone_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn add_checkpoint(&self) -> fluent::AddCheckpoint<'_> {
        fluent::AddCheckpoint::new(self)
    }
    /**Delete a checkpoint

Deletes the checkpoint at `order`; later checkpoints are renumbered. Answers the
updated milestone (a 200 with a body, not a 204). Errors: 404, 409 (the checkpoint is
completed or other checkpoints depend on it).


Sends a `DELETE` request to `/milestones/{milestone_id}/checkpoints/{order}`

Arguments:
- `milestone_id`: The milestone's id.
- `order`: The checkpoint's 1-based position within its milestone.
```ignore
let response = client.delete_checkpoint()
    .milestone_id(milestone_id)
    .order(order)
    .send()
    .await;
```*/
    #[inline]
    pub fn delete_checkpoint(&self) -> fluent::DeleteCheckpoint<'_> {
        fluent::DeleteCheckpoint::new(self)
    }
    /**Update a checkpoint

Changes fields of the checkpoint at `order`. Answers the updated milestone.
Errors: 404 (no such milestone or checkpoint), 400 (invalid or cyclic dependencies).


Sends a `PATCH` request to `/milestones/{milestone_id}/checkpoints/{order}`

Arguments:
- `milestone_id`: The milestone's id.
- `order`: The checkpoint's 1-based position within its milestone.
- `body`
```ignore
let response = client.update_checkpoint()
    .milestone_id(milestone_id)
    .order(order)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn update_checkpoint(&self) -> fluent::UpdateCheckpoint<'_> {
        fluent::UpdateCheckpoint::new(self)
    }
    /**Complete a checkpoint

Marks the checkpoint at `order` as completed. Completing the last checkpoint closes
the milestone.

**Two answers.** When the group requires human verification, the checkpoint is not
completed yet: `data` is an `HilRequired` object (`verification_required: true`) and a
verification email was sent (or an earlier pending one still applies). Otherwise
`data` is the updated `Milestone`. Because of this, `data` is free-form JSON here:
decode it into `HilRequired` when `verification_required` is `true`, else into
`Milestone`. `hil_expiry_seconds` (60–172800, server default 300) sets how long the
verification link stays valid.

Errors: 404 (no such milestone or checkpoint), 409 (needs consensus approval or has
incomplete dependencies, or already completed).


Sends a `POST` request to `/milestones/{milestone_id}/checkpoints/{order}/complete`

Arguments:
- `milestone_id`: The milestone's id.
- `order`: The checkpoint's 1-based position within its milestone.
- `body`
```ignore
let response = client.complete_checkpoint()
    .milestone_id(milestone_id)
    .order(order)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn complete_checkpoint(&self) -> fluent::CompleteCheckpoint<'_> {
        fluent::CompleteCheckpoint::new(self)
    }
    /**Reopen a milestone

Reopens a closed milestone. The body is an empty JSON object. Errors: 404,
409 (the milestone is already open).


Sends a `POST` request to `/milestones/{milestone_id}/reopen`

Arguments:
- `milestone_id`: The milestone's id.
- `body`
```ignore
let response = client.reopen_milestone()
    .milestone_id(milestone_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn reopen_milestone(&self) -> fluent::ReopenMilestone<'_> {
        fluent::ReopenMilestone::new(self)
    }
    /**List projects of a group

Lists the projects of a group, optionally filtered by status (server default: all;
default `limit` 50). Errors: 403, 404.


Sends a `GET` request to `/groups/{group_id}/projects`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `status`: Only projects in this status.
```ignore
let response = client.list_projects()
    .group_id(group_id)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_projects(&self) -> fluent::ListProjects<'_> {
        fluent::ListProjects::new(self)
    }
    /**Create a project

Creates a project in a group. Errors: 409 (a project with this slug already exists in
the group), 400, 403, 404.


Sends a `POST` request to `/groups/{group_id}/projects`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `body`
```ignore
let response = client.create_project()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_project(&self) -> fluent::CreateProject<'_> {
        fluent::CreateProject::new(self)
    }
    /**Get a project

Returns one project. Errors: 404, 403.


Sends a `GET` request to `/projects/{project_id}`

Arguments:
- `project_id`: The project's id.
```ignore
let response = client.get_project()
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_project(&self) -> fluent::GetProject<'_> {
        fluent::GetProject::new(self)
    }
    /**Update a project

Changes a project's title, description, slug and/or colour. Errors: 404,
409 (slug already used in the group), 400.


Sends a `PATCH` request to `/projects/{project_id}`

Arguments:
- `project_id`: The project's id.
- `body`
```ignore
let response = client.update_project()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn update_project(&self) -> fluent::UpdateProject<'_> {
        fluent::UpdateProject::new(self)
    }
    /**Complete a project

Marks a project as completed. The body is an empty JSON object. Errors: 404,
409 (already completed or cannot be completed).


Sends a `POST` request to `/projects/{project_id}/complete`

Arguments:
- `project_id`: The project's id.
- `body`
```ignore
let response = client.complete_project()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn complete_project(&self) -> fluent::CompleteProject<'_> {
        fluent::CompleteProject::new(self)
    }
    /**Archive a project

Archives a project (hidden from default views, can be reopened). The body is an empty
JSON object. Errors: 404, 409 (e.g. the group's default project cannot be archived).


Sends a `POST` request to `/projects/{project_id}/archive`

Arguments:
- `project_id`: The project's id.
- `body`
```ignore
let response = client.archive_project()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn archive_project(&self) -> fluent::ArchiveProject<'_> {
        fluent::ArchiveProject::new(self)
    }
    /**Reopen a project

Reopens a completed or archived project. The body is an empty JSON object.
Errors: 404, 409 (the project is already active).


Sends a `POST` request to `/projects/{project_id}/reopen`

Arguments:
- `project_id`: The project's id.
- `body`
```ignore
let response = client.reopen_project()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn reopen_project(&self) -> fluent::ReopenProject<'_> {
        fluent::ReopenProject::new(self)
    }
    /**List milestones of a project

Lists the milestones in a project, optionally filtered by status. Errors: 404, 403.


Sends a `GET` request to `/projects/{project_id}/milestones`

Arguments:
- `project_id`: The project's id.
- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `status`: Only milestones in this status (server default - all).
```ignore
let response = client.list_project_milestones()
    .project_id(project_id)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_project_milestones(&self) -> fluent::ListProjectMilestones<'_> {
        fluent::ListProjectMilestones::new(self)
    }
    /**List proposals of a group

Lists the proposals of a group, optionally filtered by status (server default: all;
default `limit` 20). Errors: 403, 404.


Sends a `GET` request to `/groups/{group_id}/proposals`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `status`: Only proposals in this status.
```ignore
let response = client.list_proposals()
    .group_id(group_id)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_proposals(&self) -> fluent::ListProposals<'_> {
        fluent::ListProposals::new(self)
    }
    /**Create a proposal

Creates a proposal for the group to vote on. `options` is required for `single` and
`ranked` voting and ignored for `yes_no`. Server defaults: `voting_type=yes_no`,
`threshold_type=majority`. Errors: 400 (missing options), 403, 404.


Sends a `POST` request to `/groups/{group_id}/proposals`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `body`
```ignore
let response = client.create_proposal()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_proposal(&self) -> fluent::CreateProposal<'_> {
        fluent::CreateProposal::new(self)
    }
    /**Get a proposal

Returns a proposal with its votes and tally. Errors: 404, 403.


Sends a `GET` request to `/proposals/{proposal_id}`

Arguments:
- `proposal_id`: The proposal's id.
```ignore
let response = client.get_proposal()
    .proposal_id(proposal_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_proposal(&self) -> fluent::GetProposal<'_> {
        fluent::GetProposal::new(self)
    }
    /**Cast a vote

Casts the caller's vote on an open proposal: `yes`/`no` for `yes_no` proposals, one
of the options for `single`, a comma-separated preference order for `ranked`.

**Two answers.** When the group requires human verification, the vote is not
recorded yet: `data` is an `HilRequired` object (`verification_required: true`).
Otherwise `data` is the updated `Proposal`. Because of this, `data` is free-form JSON
here: decode it into `HilRequired` when `verification_required` is `true`, else into
`Proposal`. `hil_expiry_seconds` (60–172800, server default 300) sets how long the
verification link stays valid.

Errors: 404, 400 (invalid vote for the voting type), 409 (finalized, or already voted).


Sends a `POST` request to `/proposals/{proposal_id}/vote`

Arguments:
- `proposal_id`: The proposal's id.
- `body`
```ignore
let response = client.cast_vote()
    .proposal_id(proposal_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn cast_vote(&self) -> fluent::CastVote<'_> {
        fluent::CastVote::new(self)
    }
    /**Finalize a proposal

Closes voting and computes the result according to the threshold type. For `quorum`,
`total_eligible_voters` is the electorate size (default: the votes cast).
Errors: 404, 409 (already finalized).


Sends a `POST` request to `/proposals/{proposal_id}/finalize`

Arguments:
- `proposal_id`: The proposal's id.
- `body`
```ignore
let response = client.finalize_proposal()
    .proposal_id(proposal_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn finalize_proposal(&self) -> fluent::FinalizeProposal<'_> {
        fluent::FinalizeProposal::new(self)
    }
    /**Submit feedback

Sends product feedback to the Clink team. `content` is at most 8192 characters. Needs
an API key with the feedback permission. Rate limited to 5 per minute and 10 per day.
Errors: 403 (no feedback permission), 429 (rate limited), 400.


Sends a `POST` request to `/feedback`

```ignore
let response = client.submit_feedback()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn submit_feedback(&self) -> fluent::SubmitFeedback<'_> {
        fluent::SubmitFeedback::new(self)
    }
    /**Get the calling key's permissions

Returns the permissions of the API key making the call, its scope (user or group) and
its owner type (user or agent profile). Errors: 401.


Sends a `GET` request to `/api-keys/me/permissions`

```ignore
let response = client.get_my_permissions()
    .send()
    .await;
```*/
    #[inline]
    pub fn get_my_permissions(&self) -> fluent::GetMyPermissions<'_> {
        fluent::GetMyPermissions::new(self)
    }
    /**List pending human verifications

Lists the human-in-the-loop verifications of a group that await a human's approval
(checkpoint completions and votes). Server default `limit` is 50. Errors: 403, 404.


Sends a `GET` request to `/groups/{group_id}/hil/pending`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `limit`: Maximum number of items to return (the server applies its own default and cap).
```ignore
let response = client.list_pending_verifications()
    .group_id(group_id)
    .limit(limit)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_pending_verifications(&self) -> fluent::ListPendingVerifications<'_> {
        fluent::ListPendingVerifications::new(self)
    }
}
/// The request builders of this service's operations: `client.<operation>()` returns
/// one; set parameters and body fields with plain values, then `send()`.
pub mod fluent {
    #[allow(unused_imports)]
    use super::types;
    #[allow(unused_imports)]
    use super::types::*;
    ///The request of [`list_groups`](crate::clink::Client::list_groups): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct ListGroups<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ListGroups<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> ListGroups<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().list_groups(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///Only return the group with this slug.
        #[inline]
        pub fn slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.slug(value);
            self
        }
        ///Sends a `GET` request to `/groups`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<GroupList> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<GroupList>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::GroupListEnvelope) -> crate::Result<GroupList> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "list_groups")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::GroupListEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "list_groups"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "list_groups")
                })
        }
    }
    ///The request of [`get_group`](crate::clink::Client::get_group): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct GetGroup<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::GetGroup<'a>,
        error: Option<String>,
        group_id: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> GetGroup<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().get_group(),
                error: None,
                group_id: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        /**The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.*/
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        ///Sends a `GET` request to `/groups/{group_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<Group> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(self) -> crate::Result<crate::Response<Group>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::GroupEnvelope) -> crate::Result<Group> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "get_group")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::GroupEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e).with_operation("clink", "get_group"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e).with_operation("clink", "get_group")
                })
        }
    }
    ///The request of [`list_members`](crate::clink::Client::list_members): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct ListMembers<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ListMembers<'a>,
        error: Option<String>,
        group_id: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> ListMembers<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().list_members(),
                error: None,
                group_id: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        /**The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.*/
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        ///Sends a `GET` request to `/groups/{group_id}/members`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<MemberList> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<MemberList>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::MemberListEnvelope) -> crate::Result<MemberList> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "list_members")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::MemberListEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "list_members"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "list_members")
                })
        }
    }
    ///The request of [`get_clinks`](crate::clink::Client::get_clinks): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct GetClinks<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::GetClinks<'a>,
        error: Option<String>,
        group_id: Option<String>,
        poll: crate::polling::PollConfig,
    }
    #[allow(deprecated)]
    impl<'a> GetClinks<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().get_clinks(),
                error: None,
                group_id: None,
                poll: crate::polling::PollConfig::default(),
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///Only clinks addressed to the caller or to nobody.
        #[inline]
        pub fn for_me<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.inner = self.inner.for_me(value);
            self
        }
        ///Only clinks of this group (its UUID or its slug; the SDK resolves slugs first).
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        ///Maximum number of items to return (the server applies its own default and cap).
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.limit(value);
            self
        }
        ///Mark the returned clinks as read (server default `false`).
        #[inline]
        pub fn mark_read<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.inner = self.inner.mark_read(value);
            self
        }
        ///Only items created after this ISO-8601 timestamp.
        #[inline]
        pub fn since<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.inner = self.inner.since(value);
            self
        }
        ///Only clinks in this status.
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::ClinkStatus>,
        {
            self.inner = self.inner.status(value);
            self
        }
        ///Only clinks the caller has not read yet (server default `false`).
        #[inline]
        pub fn unread_only<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.inner = self.inner.unread_only(value);
            self
        }
        ///Sends a `GET` request to `/clinks`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<ClinkList> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<ClinkList>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ClinkListEnvelope) -> crate::Result<ClinkList> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "get_clinks")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::ClinkListEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "get_clinks"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e).with_operation("clink", "get_clinks")
                })
        }
        /// How often [`stream`](Self::stream) polls: the first interval, backing off
        /// while nothing new arrives (default: 1 s up to 15 s).
        #[inline]
        pub fn poll_interval(
            mut self,
            poll: impl Into<crate::polling::PollConfig>,
        ) -> Self {
            self.poll = poll.into();
            self
        }
        /// Watches this list: a stream of the items arriving, each once, oldest
        /// first. It polls this request with a cursor (the newest item's time),
        /// immediately and then at the [`poll_interval`](Self::poll_interval). It
        /// never ends by itself; the first error is yielded and ends it.
        #[inline]
        pub fn stream(self) -> impl futures::Stream<Item = crate::Result<Clink>> + 'a {
            let poll = self.poll.clone();
            crate::polling::since_stream(
                poll,
                move |since| {
                    let request = match since {
                        Some(since) => self.clone().since(since),
                        None => self.clone(),
                    };
                    async move {
                        let payload = request.send().await?;
                        Ok(payload.clinks)
                    }
                },
                |item: &Clink| (item.created_at.clone(), item.clink_id.to_string()),
            )
        }
    }
    ///The request of [`mark_read`](crate::clink::Client::mark_read): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct MarkRead<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::MarkRead<'a>,
        error: Option<String>,
        resolve_body_group_ids: Option<Vec<String>>,
    }
    #[allow(deprecated)]
    impl<'a> MarkRead<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().mark_read(),
                error: None,
                resolve_body_group_ids: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MarkReadRequest>,
            <V as std::convert::TryInto<
                types::MarkReadRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///The groups whose clinks become read, each a UUID or a slug (the SDK resolves slugs first).
        #[inline]
        pub fn group_ids<I, V>(mut self, values: I) -> Self
        where
            I: IntoIterator<Item = V>,
            V: Into<String>,
        {
            self.resolve_body_group_ids = Some(
                values.into_iter().map(Into::into).collect(),
            );
            self
        }
        ///Sends a `POST` request to `/clinks/mark-read`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<MarkReadResult> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<MarkReadResult>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::MarkReadResultEnvelope,
        ) -> crate::Result<MarkReadResult> {
            let payload = body.data.unwrap_or_default();
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<
            progenitor_client::ResponseValue<types::MarkReadResultEnvelope>,
        > {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, resolve_body_group_ids, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e).with_operation("clink", "mark_read"),
                );
            }
            if let Some(values) = resolve_body_group_ids {
                let mut resolved = Vec::with_capacity(values.len());
                for value in values {
                    resolved.push(client.resolve_group_owned(value).await?);
                }
                inner = inner.body_map(|b| b.group_ids(resolved));
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e).with_operation("clink", "mark_read")
                })
        }
    }
    ///The request of [`send_clink`](crate::clink::Client::send_clink): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct SendClink<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::SendClink<'a>,
        error: Option<String>,
        group_id: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> SendClink<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().send_clink(),
                error: None,
                group_id: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        /**The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.*/
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SendClinkRequest>,
            <V as std::convert::TryInto<
                types::SendClinkRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///The message text, at most 4096 characters.
        #[inline]
        pub fn content<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.content(v)),
                Err(e) => self.fail("content", e),
            }
            self
        }
        ///Address the clink to this user id or agent profile id; omit for the whole group.
        #[inline]
        pub fn for_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.for_(Some(v))),
                Err(e) => self.fail("for", e),
            }
            self
        }
        ///Sends a `POST` request to `/groups/{group_id}/clinks`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<Clink> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(self) -> crate::Result<crate::Response<Clink>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ClinkEnvelope) -> crate::Result<Clink> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "send_clink")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::ClinkEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "send_clink"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e).with_operation("clink", "send_clink")
                })
        }
    }
    ///The request of [`check_inbox`](crate::clink::Client::check_inbox): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct CheckInbox<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::CheckInbox<'a>,
        error: Option<String>,
        poll: crate::polling::PollConfig,
    }
    #[allow(deprecated)]
    impl<'a> CheckInbox<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().check_inbox(),
                error: None,
                poll: crate::polling::PollConfig::default(),
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///Claim the returned pending clinks for processing.
        #[inline]
        pub fn claim<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.inner = self.inner.claim(value);
            self
        }
        ///Only clinks addressed to the caller or to nobody.
        #[inline]
        pub fn for_me<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.inner = self.inner.for_me(value);
            self
        }
        ///Maximum number of items to return (the server applies its own default and cap).
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.limit(value);
            self
        }
        ///Only items created after this ISO-8601 timestamp.
        #[inline]
        pub fn since<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.inner = self.inner.since(value);
            self
        }
        ///Only clinks in this status (server default `pending`).
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::ClinkStatus>,
        {
            self.inner = self.inner.status(value);
            self
        }
        ///Sends a `GET` request to `/inbox`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<Inbox> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(self) -> crate::Result<crate::Response<Inbox>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::InboxEnvelope) -> crate::Result<Inbox> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "check_inbox")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::InboxEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "check_inbox"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "check_inbox")
                })
        }
        /// How often [`stream`](Self::stream) polls: the first interval, backing off
        /// while nothing new arrives (default: 1 s up to 15 s).
        #[inline]
        pub fn poll_interval(
            mut self,
            poll: impl Into<crate::polling::PollConfig>,
        ) -> Self {
            self.poll = poll.into();
            self
        }
        /// Watches this list: a stream of the items arriving, each once, oldest
        /// first. It polls this request with a cursor (the newest item's time),
        /// immediately and then at the [`poll_interval`](Self::poll_interval). It
        /// never ends by itself; the first error is yielded and ends it.
        #[inline]
        pub fn stream(self) -> impl futures::Stream<Item = crate::Result<Clink>> + 'a {
            let poll = self.poll.clone();
            crate::polling::since_stream(
                poll,
                move |since| {
                    let request = match since {
                        Some(since) => self.clone().since(since),
                        None => self.clone(),
                    };
                    async move {
                        let payload = request.send().await?;
                        Ok(payload.clinks)
                    }
                },
                |item: &Clink| (item.created_at.clone(), item.clink_id.to_string()),
            )
        }
    }
    ///The request of [`release_clink`](crate::clink::Client::release_clink): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct ReleaseClink<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ReleaseClink<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> ReleaseClink<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().release_clink(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///The clink's id.
        #[inline]
        pub fn clink_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.clink_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Sends a `POST` request to `/clinks/{clink_id}/release`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<Clink> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(self) -> crate::Result<crate::Response<Clink>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ClinkEnvelope) -> crate::Result<Clink> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "release_clink")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::ClinkEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "release_clink"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "release_clink")
                })
        }
    }
    ///The request of [`complete_clink`](crate::clink::Client::complete_clink): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct CompleteClink<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::CompleteClink<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> CompleteClink<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().complete_clink(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///The clink's id.
        #[inline]
        pub fn clink_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.clink_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CompleteClinkRequest>,
            <V as std::convert::TryInto<
                types::CompleteClinkRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Optional reply, posted as a new clink in the same group.
        #[inline]
        pub fn response<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.response(Some(v))),
                Err(e) => self.fail("response", e),
            }
            self
        }
        ///Sends a `POST` request to `/clinks/{clink_id}/complete`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<CompleteClinkResult> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<CompleteClinkResult>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::CompleteClinkResultEnvelope,
        ) -> crate::Result<CompleteClinkResult> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "complete_clink")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<
            progenitor_client::ResponseValue<types::CompleteClinkResultEnvelope>,
        > {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "complete_clink"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "complete_clink")
                })
        }
    }
    ///The request of [`list_milestones`](crate::clink::Client::list_milestones): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct ListMilestones<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ListMilestones<'a>,
        error: Option<String>,
        group_id: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> ListMilestones<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().list_milestones(),
                error: None,
                group_id: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        /**The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.*/
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        ///Maximum number of items to return (the server applies its own default and cap).
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.limit(value);
            self
        }
        ///Only milestones in this status (server default - all).
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::MilestoneStatus>,
        {
            self.inner = self.inner.status(value);
            self
        }
        ///Sends a `GET` request to `/groups/{group_id}/milestones`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<MilestoneList> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<MilestoneList>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::MilestoneListEnvelope) -> crate::Result<MilestoneList> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "list_milestones")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<
            progenitor_client::ResponseValue<types::MilestoneListEnvelope>,
        > {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "list_milestones"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "list_milestones")
                })
        }
    }
    ///The request of [`create_milestone`](crate::clink::Client::create_milestone): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct CreateMilestone<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::CreateMilestone<'a>,
        error: Option<String>,
        group_id: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> CreateMilestone<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().create_milestone(),
                error: None,
                group_id: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        /**The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.*/
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateMilestoneRequest>,
            <V as std::convert::TryInto<
                types::CreateMilestoneRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///The checkpoints, in order.
        #[inline]
        pub fn checkpoints<I, V>(mut self, values: I) -> Self
        where
            I: IntoIterator<Item = V>,
            V: std::convert::TryInto<CheckpointInput>,
            V::Error: std::fmt::Display,
        {
            let values: Result<Vec<CheckpointInput>, _> = values
                .into_iter()
                .map(|v| v.try_into())
                .collect();
            match values {
                Ok(v) => self.inner = self.inner.body_map(|b| b.checkpoints(v)),
                Err(e) => self.fail("checkpoints", e),
            }
            self
        }
        #[inline]
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.description(Some(v))),
                Err(e) => self.fail("description", e),
            }
            self
        }
        ///Project to put the milestone in (default - the group's default project).
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.project_id(Some(v))),
                Err(e) => self.fail("project_id", e),
            }
            self
        }
        #[inline]
        pub fn title<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.title(v)),
                Err(e) => self.fail("title", e),
            }
            self
        }
        ///Sends a `POST` request to `/groups/{group_id}/milestones`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<Milestone> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<Milestone>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::MilestoneEnvelope) -> crate::Result<Milestone> {
            let payload = match body.data {
                Some(data) => data,
                None => {
                    return Err(crate::transport::no_data("clink", "create_milestone"));
                }
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::MilestoneEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "create_milestone"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "create_milestone")
                })
        }
    }
    ///The request of [`get_milestone`](crate::clink::Client::get_milestone): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct GetMilestone<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::GetMilestone<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> GetMilestone<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().get_milestone(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///The milestone's id.
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.milestone_id(value);
            self
        }
        ///Sends a `GET` request to `/milestones/{milestone_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<Milestone> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<Milestone>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::MilestoneEnvelope) -> crate::Result<Milestone> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "get_milestone")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::MilestoneEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "get_milestone"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "get_milestone")
                })
        }
    }
    ///The request of [`update_milestone`](crate::clink::Client::update_milestone): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct UpdateMilestone<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::UpdateMilestone<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> UpdateMilestone<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().update_milestone(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///The milestone's id.
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.milestone_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateMilestoneRequest>,
            <V as std::convert::TryInto<
                types::UpdateMilestoneRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        #[inline]
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.description(Some(v))),
                Err(e) => self.fail("description", e),
            }
            self
        }
        #[inline]
        pub fn title<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.title(Some(v))),
                Err(e) => self.fail("title", e),
            }
            self
        }
        ///Sends a `PATCH` request to `/milestones/{milestone_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<Milestone> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<Milestone>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::MilestoneEnvelope) -> crate::Result<Milestone> {
            let payload = match body.data {
                Some(data) => data,
                None => {
                    return Err(crate::transport::no_data("clink", "update_milestone"));
                }
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::MilestoneEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "update_milestone"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "update_milestone")
                })
        }
    }
    ///The request of [`add_checkpoint`](crate::clink::Client::add_checkpoint): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct AddCheckpoint<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::AddCheckpoint<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> AddCheckpoint<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().add_checkpoint(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///The milestone's id.
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.milestone_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddCheckpointRequest>,
            <V as std::convert::TryInto<
                types::AddCheckpointRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        /**Checkpoints that must be completed first. Same-milestone dependencies must name
earlier checkpoints; cross-milestone ones are checked for cycles.
*/
        #[inline]
        pub fn depends_on<I, V>(mut self, values: I) -> Self
        where
            I: IntoIterator<Item = V>,
            V: std::convert::TryInto<CheckpointDependency>,
            V::Error: std::fmt::Display,
        {
            let values: Result<Vec<CheckpointDependency>, _> = values
                .into_iter()
                .map(|v| v.try_into())
                .collect();
            match values {
                Ok(v) => self.inner = self.inner.body_map(|b| b.depends_on(v)),
                Err(e) => self.fail("depends_on", e),
            }
            self
        }
        #[inline]
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.description(Some(v))),
                Err(e) => self.fail("description", e),
            }
            self
        }
        #[inline]
        pub fn git_branch_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.git_branch_url(Some(v))),
                Err(e) => self.fail("git_branch_url", e),
            }
            self
        }
        #[inline]
        pub fn git_commit_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.git_commit_url(Some(v))),
                Err(e) => self.fail("git_commit_url", e),
            }
            self
        }
        #[inline]
        pub fn git_pr_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.git_pr_url(Some(v))),
                Err(e) => self.fail("git_pr_url", e),
            }
            self
        }
        ///1-based position to insert at; appended at the end when omitted.
        #[inline]
        pub fn position<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.position(Some(v))),
                Err(e) => self.fail("position", e),
            }
            self
        }
        ///When true, completing the checkpoint first needs a passed proposal.
        #[inline]
        pub fn requires_consensus<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => {
                    self.inner = self.inner.body_map(|b| b.requires_consensus(Some(v)));
                }
                Err(e) => self.fail("requires_consensus", e),
            }
            self
        }
        #[inline]
        pub fn title<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.title(v)),
                Err(e) => self.fail("title", e),
            }
            self
        }
        ///Sends a `POST` request to `/milestones/{milestone_id}/checkpoints`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<Milestone> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<Milestone>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::MilestoneEnvelope) -> crate::Result<Milestone> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "add_checkpoint")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::MilestoneEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "add_checkpoint"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "add_checkpoint")
                })
        }
    }
    ///The request of [`delete_checkpoint`](crate::clink::Client::delete_checkpoint): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct DeleteCheckpoint<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::DeleteCheckpoint<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> DeleteCheckpoint<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().delete_checkpoint(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///The milestone's id.
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.milestone_id(value);
            self
        }
        ///The checkpoint's 1-based position within its milestone.
        #[inline]
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.order(value);
            self
        }
        ///Sends a `DELETE` request to `/milestones/{milestone_id}/checkpoints/{order}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<Milestone> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<Milestone>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::MilestoneEnvelope) -> crate::Result<Milestone> {
            let payload = match body.data {
                Some(data) => data,
                None => {
                    return Err(crate::transport::no_data("clink", "delete_checkpoint"));
                }
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::MilestoneEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "delete_checkpoint"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "delete_checkpoint")
                })
        }
    }
    ///The request of [`update_checkpoint`](crate::clink::Client::update_checkpoint): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct UpdateCheckpoint<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::UpdateCheckpoint<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> UpdateCheckpoint<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().update_checkpoint(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///The milestone's id.
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.milestone_id(value);
            self
        }
        ///The checkpoint's 1-based position within its milestone.
        #[inline]
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.order(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateCheckpointRequest>,
            <V as std::convert::TryInto<
                types::UpdateCheckpointRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        /**Replaces the dependencies (see `CheckpointDependency`); an empty list clears them,
an absent field leaves them unchanged.
*/
        #[inline]
        pub fn depends_on<I, V>(mut self, values: I) -> Self
        where
            I: IntoIterator<Item = V>,
            V: std::convert::TryInto<CheckpointDependency>,
            V::Error: std::fmt::Display,
        {
            let values: Result<Vec<CheckpointDependency>, _> = values
                .into_iter()
                .map(|v| v.try_into())
                .collect();
            match values {
                Ok(v) => self.inner = self.inner.body_map(|b| b.depends_on(Some(v))),
                Err(e) => self.fail("depends_on", e),
            }
            self
        }
        #[inline]
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.description(Some(v))),
                Err(e) => self.fail("description", e),
            }
            self
        }
        #[inline]
        pub fn git_branch_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.git_branch_url(Some(v))),
                Err(e) => self.fail("git_branch_url", e),
            }
            self
        }
        #[inline]
        pub fn git_commit_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.git_commit_url(Some(v))),
                Err(e) => self.fail("git_commit_url", e),
            }
            self
        }
        #[inline]
        pub fn git_pr_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.git_pr_url(Some(v))),
                Err(e) => self.fail("git_pr_url", e),
            }
            self
        }
        #[inline]
        pub fn title<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.title(Some(v))),
                Err(e) => self.fail("title", e),
            }
            self
        }
        ///Sends a `PATCH` request to `/milestones/{milestone_id}/checkpoints/{order}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<Milestone> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<Milestone>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::MilestoneEnvelope) -> crate::Result<Milestone> {
            let payload = match body.data {
                Some(data) => data,
                None => {
                    return Err(crate::transport::no_data("clink", "update_checkpoint"));
                }
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::MilestoneEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "update_checkpoint"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "update_checkpoint")
                })
        }
    }
    ///The request of [`complete_checkpoint`](crate::clink::Client::complete_checkpoint): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct CompleteCheckpoint<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::CompleteCheckpoint<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> CompleteCheckpoint<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().complete_checkpoint(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///The milestone's id.
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.milestone_id(value);
            self
        }
        ///The checkpoint's 1-based position within its milestone.
        #[inline]
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.order(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CompleteCheckpointRequest>,
            <V as std::convert::TryInto<
                types::CompleteCheckpointRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Validity of the human-verification link in seconds, 60 to 172800 (server default 300).
        #[inline]
        pub fn hil_expiry_seconds<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => {
                    self.inner = self.inner.body_map(|b| b.hil_expiry_seconds(Some(v)));
                }
                Err(e) => self.fail("hil_expiry_seconds", e),
            }
            self
        }
        ///Sends a `POST` request to `/milestones/{milestone_id}/checkpoints/{order}/complete`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(
            self,
        ) -> crate::Result<crate::clink::Outcome<types::Milestone>> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<crate::clink::Outcome<types::Milestone>>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::MilestoneOrHilRequiredEnvelope,
        ) -> crate::Result<crate::clink::Outcome<types::Milestone>> {
            let payload = crate::clink::Outcome::decode(
                "complete_checkpoint",
                {
                    match body.data {
                        Some(data) => data,
                        None => {
                            return Err(
                                crate::transport::no_data("clink", "complete_checkpoint"),
                            );
                        }
                    }
                },
            )?;
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<
            progenitor_client::ResponseValue<types::MilestoneOrHilRequiredEnvelope>,
        > {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "complete_checkpoint"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "complete_checkpoint")
                })
        }
    }
    ///The request of [`reopen_milestone`](crate::clink::Client::reopen_milestone): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct ReopenMilestone<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ReopenMilestone<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> ReopenMilestone<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().reopen_milestone(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///The milestone's id.
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.milestone_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Sends a `POST` request to `/milestones/{milestone_id}/reopen`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<Milestone> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<Milestone>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::MilestoneEnvelope) -> crate::Result<Milestone> {
            let payload = match body.data {
                Some(data) => data,
                None => {
                    return Err(crate::transport::no_data("clink", "reopen_milestone"));
                }
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::MilestoneEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "reopen_milestone"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "reopen_milestone")
                })
        }
    }
    ///The request of [`list_projects`](crate::clink::Client::list_projects): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct ListProjects<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ListProjects<'a>,
        error: Option<String>,
        group_id: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> ListProjects<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().list_projects(),
                error: None,
                group_id: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        /**The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.*/
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        ///Maximum number of items to return (the server applies its own default and cap).
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.limit(value);
            self
        }
        ///Only projects in this status.
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::ProjectStatus>,
        {
            self.inner = self.inner.status(value);
            self
        }
        ///Sends a `GET` request to `/groups/{group_id}/projects`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<ProjectList> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<ProjectList>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProjectListEnvelope) -> crate::Result<ProjectList> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "list_projects")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<
            progenitor_client::ResponseValue<types::ProjectListEnvelope>,
        > {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "list_projects"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "list_projects")
                })
        }
    }
    ///The request of [`create_project`](crate::clink::Client::create_project): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct CreateProject<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::CreateProject<'a>,
        error: Option<String>,
        group_id: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> CreateProject<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().create_project(),
                error: None,
                group_id: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        /**The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.*/
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateProjectRequest>,
            <V as std::convert::TryInto<
                types::CreateProjectRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Display colour, e.g. `"#3b82f6"`.
        #[inline]
        pub fn color<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.color(Some(v))),
                Err(e) => self.fail("color", e),
            }
            self
        }
        #[inline]
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.description(Some(v))),
                Err(e) => self.fail("description", e),
            }
            self
        }
        ///Unique within the group; derived from the title when omitted.
        #[inline]
        pub fn slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.slug(Some(v))),
                Err(e) => self.fail("slug", e),
            }
            self
        }
        #[inline]
        pub fn title<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.title(v)),
                Err(e) => self.fail("title", e),
            }
            self
        }
        ///Sends a `POST` request to `/groups/{group_id}/projects`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<Project> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<Project>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProjectEnvelope) -> crate::Result<Project> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "create_project")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::ProjectEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "create_project"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "create_project")
                })
        }
    }
    ///The request of [`get_project`](crate::clink::Client::get_project): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct GetProject<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::GetProject<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> GetProject<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().get_project(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///The project's id.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        ///Sends a `GET` request to `/projects/{project_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<Project> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<Project>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProjectEnvelope) -> crate::Result<Project> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "get_project")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::ProjectEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "get_project"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "get_project")
                })
        }
    }
    ///The request of [`update_project`](crate::clink::Client::update_project): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct UpdateProject<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::UpdateProject<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> UpdateProject<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().update_project(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///The project's id.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateProjectRequest>,
            <V as std::convert::TryInto<
                types::UpdateProjectRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        #[inline]
        pub fn color<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.color(Some(v))),
                Err(e) => self.fail("color", e),
            }
            self
        }
        #[inline]
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.description(Some(v))),
                Err(e) => self.fail("description", e),
            }
            self
        }
        #[inline]
        pub fn slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.slug(Some(v))),
                Err(e) => self.fail("slug", e),
            }
            self
        }
        #[inline]
        pub fn title<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.title(Some(v))),
                Err(e) => self.fail("title", e),
            }
            self
        }
        ///Sends a `PATCH` request to `/projects/{project_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<Project> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<Project>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProjectEnvelope) -> crate::Result<Project> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "update_project")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::ProjectEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "update_project"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "update_project")
                })
        }
    }
    ///The request of [`complete_project`](crate::clink::Client::complete_project): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct CompleteProject<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::CompleteProject<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> CompleteProject<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().complete_project(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///The project's id.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Sends a `POST` request to `/projects/{project_id}/complete`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<Project> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<Project>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProjectEnvelope) -> crate::Result<Project> {
            let payload = match body.data {
                Some(data) => data,
                None => {
                    return Err(crate::transport::no_data("clink", "complete_project"));
                }
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::ProjectEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "complete_project"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "complete_project")
                })
        }
    }
    ///The request of [`archive_project`](crate::clink::Client::archive_project): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct ArchiveProject<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ArchiveProject<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> ArchiveProject<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().archive_project(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///The project's id.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Sends a `POST` request to `/projects/{project_id}/archive`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<Project> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<Project>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProjectEnvelope) -> crate::Result<Project> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "archive_project")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::ProjectEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "archive_project"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "archive_project")
                })
        }
    }
    ///The request of [`reopen_project`](crate::clink::Client::reopen_project): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct ReopenProject<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ReopenProject<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> ReopenProject<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().reopen_project(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///The project's id.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Sends a `POST` request to `/projects/{project_id}/reopen`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<Project> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<Project>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProjectEnvelope) -> crate::Result<Project> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "reopen_project")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::ProjectEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "reopen_project"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "reopen_project")
                })
        }
    }
    ///The request of [`list_project_milestones`](crate::clink::Client::list_project_milestones): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct ListProjectMilestones<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ListProjectMilestones<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> ListProjectMilestones<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().list_project_milestones(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///The project's id.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        ///Maximum number of items to return (the server applies its own default and cap).
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.limit(value);
            self
        }
        ///Only milestones in this status (server default - all).
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::MilestoneStatus>,
        {
            self.inner = self.inner.status(value);
            self
        }
        ///Sends a `GET` request to `/projects/{project_id}/milestones`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<MilestoneList> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<MilestoneList>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::MilestoneListEnvelope) -> crate::Result<MilestoneList> {
            let payload = match body.data {
                Some(data) => data,
                None => {
                    return Err(
                        crate::transport::no_data("clink", "list_project_milestones"),
                    );
                }
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<
            progenitor_client::ResponseValue<types::MilestoneListEnvelope>,
        > {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "list_project_milestones"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "list_project_milestones")
                })
        }
    }
    ///The request of [`list_proposals`](crate::clink::Client::list_proposals): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct ListProposals<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ListProposals<'a>,
        error: Option<String>,
        group_id: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> ListProposals<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().list_proposals(),
                error: None,
                group_id: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        /**The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.*/
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        ///Maximum number of items to return (the server applies its own default and cap).
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.limit(value);
            self
        }
        ///Only proposals in this status.
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::ProposalStatus>,
        {
            self.inner = self.inner.status(value);
            self
        }
        ///Sends a `GET` request to `/groups/{group_id}/proposals`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<ProposalList> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<ProposalList>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProposalListEnvelope) -> crate::Result<ProposalList> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "list_proposals")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<
            progenitor_client::ResponseValue<types::ProposalListEnvelope>,
        > {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "list_proposals"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "list_proposals")
                })
        }
    }
    ///The request of [`create_proposal`](crate::clink::Client::create_proposal): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct CreateProposal<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::CreateProposal<'a>,
        error: Option<String>,
        group_id: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> CreateProposal<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().create_proposal(),
                error: None,
                group_id: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        /**The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.*/
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateProposalRequest>,
            <V as std::convert::TryInto<
                types::CreateProposalRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Voting closes this many hours after creation.
        #[inline]
        pub fn deadline_hours<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.deadline_hours(Some(v))),
                Err(e) => self.fail("deadline_hours", e),
            }
            self
        }
        #[inline]
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.description(Some(v))),
                Err(e) => self.fail("description", e),
            }
            self
        }
        ///The choices; required for `single` and `ranked`, ignored for `yes_no`.
        #[inline]
        pub fn options<I, V>(mut self, values: I) -> Self
        where
            I: IntoIterator<Item = V>,
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            let values: Result<Vec<::std::string::String>, _> = values
                .into_iter()
                .map(|v| v.try_into())
                .collect();
            match values {
                Ok(v) => self.inner = self.inner.body_map(|b| b.options(v)),
                Err(e) => self.fail("options", e),
            }
            self
        }
        #[inline]
        pub fn threshold_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::ThresholdType>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.threshold_type(Some(v))),
                Err(e) => self.fail("threshold_type", e),
            }
            self
        }
        #[inline]
        pub fn title<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.title(v)),
                Err(e) => self.fail("title", e),
            }
            self
        }
        #[inline]
        pub fn voting_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::VotingType>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.voting_type(Some(v))),
                Err(e) => self.fail("voting_type", e),
            }
            self
        }
        ///Sends a `POST` request to `/groups/{group_id}/proposals`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<Proposal> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<Proposal>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProposalEnvelope) -> crate::Result<Proposal> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "create_proposal")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::ProposalEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "create_proposal"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "create_proposal")
                })
        }
    }
    ///The request of [`get_proposal`](crate::clink::Client::get_proposal): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct GetProposal<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::GetProposal<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> GetProposal<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().get_proposal(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///The proposal's id.
        #[inline]
        pub fn proposal_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.proposal_id(value);
            self
        }
        ///Sends a `GET` request to `/proposals/{proposal_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<Proposal> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<Proposal>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProposalEnvelope) -> crate::Result<Proposal> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "get_proposal")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::ProposalEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "get_proposal"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "get_proposal")
                })
        }
    }
    ///The request of [`cast_vote`](crate::clink::Client::cast_vote): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct CastVote<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::CastVote<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> CastVote<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().cast_vote(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///The proposal's id.
        #[inline]
        pub fn proposal_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.proposal_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CastVoteRequest>,
            <V as std::convert::TryInto<
                types::CastVoteRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        #[inline]
        pub fn comment<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.comment(Some(v))),
                Err(e) => self.fail("comment", e),
            }
            self
        }
        ///Validity of the human-verification link in seconds, 60 to 172800 (server default 300).
        #[inline]
        pub fn hil_expiry_seconds<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => {
                    self.inner = self.inner.body_map(|b| b.hil_expiry_seconds(Some(v)));
                }
                Err(e) => self.fail("hil_expiry_seconds", e),
            }
            self
        }
        ///`yes`/`no`, one of the options, or a ranking, depending on the voting type.
        #[inline]
        pub fn vote<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.vote(v)),
                Err(e) => self.fail("vote", e),
            }
            self
        }
        ///Sends a `POST` request to `/proposals/{proposal_id}/vote`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(
            self,
        ) -> crate::Result<crate::clink::Outcome<types::Proposal>> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<crate::clink::Outcome<types::Proposal>>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::ProposalOrHilRequiredEnvelope,
        ) -> crate::Result<crate::clink::Outcome<types::Proposal>> {
            let payload = crate::clink::Outcome::decode(
                "cast_vote",
                {
                    match body.data {
                        Some(data) => data,
                        None => {
                            return Err(crate::transport::no_data("clink", "cast_vote"));
                        }
                    }
                },
            )?;
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<
            progenitor_client::ResponseValue<types::ProposalOrHilRequiredEnvelope>,
        > {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e).with_operation("clink", "cast_vote"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e).with_operation("clink", "cast_vote")
                })
        }
    }
    ///The request of [`finalize_proposal`](crate::clink::Client::finalize_proposal): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct FinalizeProposal<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::FinalizeProposal<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> FinalizeProposal<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().finalize_proposal(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///The proposal's id.
        #[inline]
        pub fn proposal_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.proposal_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FinalizeProposalRequest>,
            <V as std::convert::TryInto<
                types::FinalizeProposalRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Electorate size for the `quorum` threshold (default - the number of votes cast).
        #[inline]
        pub fn total_eligible_voters<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => {
                    self.inner = self
                        .inner
                        .body_map(|b| b.total_eligible_voters(Some(v)));
                }
                Err(e) => self.fail("total_eligible_voters", e),
            }
            self
        }
        ///Sends a `POST` request to `/proposals/{proposal_id}/finalize`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<Proposal> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<Proposal>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProposalEnvelope) -> crate::Result<Proposal> {
            let payload = match body.data {
                Some(data) => data,
                None => {
                    return Err(crate::transport::no_data("clink", "finalize_proposal"));
                }
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::ProposalEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "finalize_proposal"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "finalize_proposal")
                })
        }
    }
    ///The request of [`submit_feedback`](crate::clink::Client::submit_feedback): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct SubmitFeedback<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::SubmitFeedback<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> SubmitFeedback<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().submit_feedback(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SubmitFeedbackRequest>,
            <V as std::convert::TryInto<
                types::SubmitFeedbackRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        #[inline]
        pub fn category<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::FeedbackCategory>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.category(v)),
                Err(e) => self.fail("category", e),
            }
            self
        }
        ///The feedback text, at most 8192 characters.
        #[inline]
        pub fn content<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.content(v)),
                Err(e) => self.fail("content", e),
            }
            self
        }
        #[inline]
        pub fn context<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<FeedbackContext>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.context(Some(v))),
                Err(e) => self.fail("context", e),
            }
            self
        }
        ///Sends a `POST` request to `/feedback`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<FeedbackResponse> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<FeedbackResponse>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::FeedbackResponseEnvelope,
        ) -> crate::Result<FeedbackResponse> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "submit_feedback")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<
            progenitor_client::ResponseValue<types::FeedbackResponseEnvelope>,
        > {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "submit_feedback"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "submit_feedback")
                })
        }
    }
    ///The request of [`get_my_permissions`](crate::clink::Client::get_my_permissions): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct GetMyPermissions<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::GetMyPermissions<'a>,
        error: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> GetMyPermissions<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().get_my_permissions(),
                error: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        ///Sends a `GET` request to `/api-keys/me/permissions`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<PermissionsResponse> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<PermissionsResponse>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::PermissionsResponseEnvelope,
        ) -> crate::Result<PermissionsResponse> {
            let payload = match body.data {
                Some(data) => data,
                None => {
                    return Err(crate::transport::no_data("clink", "get_my_permissions"));
                }
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<
            progenitor_client::ResponseValue<types::PermissionsResponseEnvelope>,
        > {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "get_my_permissions"),
                );
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "get_my_permissions")
                })
        }
    }
    ///The request of [`list_pending_verifications`](crate::clink::Client::list_pending_verifications): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Debug, Clone)]
    pub struct ListPendingVerifications<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ListPendingVerifications<'a>,
        error: Option<String>,
        group_id: Option<String>,
    }
    #[allow(deprecated)]
    impl<'a> ListPendingVerifications<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().list_pending_verifications(),
                error: None,
                group_id: None,
            }
        }
        #[allow(dead_code)]
        #[inline]
        fn fail(&mut self, field: &str, e: impl std::fmt::Display) {
            if self.error.is_none() {
                self.error = Some(format!("invalid value for `{field}`: {e}"));
            }
        }
        /**The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.*/
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        ///Maximum number of items to return (the server applies its own default and cap).
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.limit(value);
            self
        }
        ///Sends a `GET` request to `/groups/{group_id}/hil/pending`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub async fn send(self) -> crate::Result<PendingVerificationList> {
            Self::payload(self.call().await?.into_inner())
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub async fn send_with_response(
            self,
        ) -> crate::Result<crate::Response<PendingVerificationList>> {
            let value = self.call().await?;
            let (status, headers) = (value.status(), value.headers().clone());
            let payload = Self::payload(value.into_inner())?;
            Ok(crate::Response::new(status, headers, payload))
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::PendingVerificationListEnvelope,
        ) -> crate::Result<PendingVerificationList> {
            let payload = match body.data {
                Some(data) => data,
                None => {
                    return Err(
                        crate::transport::no_data("clink", "list_pending_verifications"),
                    );
                }
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<
            progenitor_client::ResponseValue<types::PendingVerificationListEnvelope>,
        > {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "list_pending_verifications"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            inner
                .send()
                .await
                .map_err(|e| {
                    crate::Error::from_generated(e)
                        .with_operation("clink", "list_pending_verifications")
                })
        }
    }
}
///Open enums of the clink API: each keeps unknown values in `Unknown(String)`.
pub mod enums {
    crate::open_enum! {
        #[doc = "State of a checkpoint."] CheckpointStatus { Pending = "pending",
        Completed = "completed" }
    }
    crate::open_enum! {
        #[doc = "Processing state of a clink."] ClinkStatus { Pending = "pending",
        Claimed = "claimed", Completed = "completed" }
    }
    crate::open_enum! {
        #[doc = "Kind of product feedback."] FeedbackCategory { Bug = "bug", Feature =
        "feature", Improvement = "improvement", Other = "other" }
    }
    crate::open_enum! {
        #[doc =
        "Whether an `HilRequired` answer started a `new` verification or refers to one that is\nstill `pending`.\n"]
        HilVerificationStatus { New = "new", Pending = "pending" }
    }
    crate::open_enum! {
        #[doc = "State of a milestone (`closed` once every checkpoint is completed)."]
        MilestoneStatus { Active = "active", Closed = "closed" }
    }
    crate::open_enum! {
        #[doc = "Who owns an API key."] PermissionOwnerType { User = "user", AgentProfile
        = "agent_profile" }
    }
    crate::open_enum! {
        #[doc = "What an API key is scoped to."] PermissionScopeType { User = "user",
        Group = "group" }
    }
    crate::open_enum! {
        #[doc = "State of a project."] ProjectStatus { Active = "active", Completed =
        "completed", Archived = "archived" }
    }
    crate::open_enum! {
        #[doc = "State of a proposal."] ProposalStatus { Open = "open", Finalized =
        "finalized" }
    }
    crate::open_enum! {
        #[doc =
        "What it takes for a proposal to pass: `majority` (>50%), `two_thirds` (>=2/3),\n`unanimous` (100%), `quorum` (>50% participation and a majority).\n"]
        ThresholdType { Majority = "majority", TwoThirds = "two_thirds", Unanimous =
        "unanimous", Quorum = "quorum" }
    }
    crate::open_enum! {
        #[doc = "State of a human-in-the-loop verification."] VerificationStatus {
        Pending = "pending", Expired = "expired", Verified = "verified" }
    }
    crate::open_enum! {
        #[doc = "What a human-in-the-loop verification guards."] VerificationTargetType {
        Checkpoint = "checkpoint", Vote = "vote" }
    }
    crate::open_enum! {
        #[doc =
        "How a proposal is voted on: `yes_no` (approve/reject), `single` (choose one option),\n`ranked` (order the options by preference).\n"]
        VotingType { Single = "single", YesNo = "yes_no", Ranked = "ranked" }
    }
}
impl progenitor_client::ClientHooks<crate::transport::Transport> for Client {
    #[inline]
    async fn exec(
        &self,
        request: reqwest::Request,
        info: &progenitor_client::OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let inner = <Self as progenitor_client::ClientInfo<
            crate::transport::Transport,
        >>::inner(self);
        crate::transport::HasTransport::transport(inner)
            .exec(request, info.operation_id)
            .await
    }
}
impl Client {
    /// A handle to the same client whose calls apply `options` (timeout, retries,
    /// idempotency key, extra headers). Cheap: the connection pool is shared.
    #[inline]
    pub fn with_options(&self, options: crate::transport::CallOptions) -> Self {
        Self::new_with_client(
            &self.baseurl,
            self.client.clone(),
            crate::transport::HasTransport::with_call_options(&self.inner, options),
        )
    }
}
/// The success status each operation declares in the spec.
#[inline]
pub fn declared_status(operation_id: &str) -> Option<u16> {
    match operation_id {
        "list_groups" => Some(200u16),
        "get_group" => Some(200u16),
        "list_members" => Some(200u16),
        "get_clinks" => Some(200u16),
        "mark_read" => Some(200u16),
        "send_clink" => Some(200u16),
        "check_inbox" => Some(200u16),
        "claim_clink" => Some(200u16),
        "release_clink" => Some(200u16),
        "complete_clink" => Some(200u16),
        "list_milestones" => Some(200u16),
        "create_milestone" => Some(200u16),
        "get_milestone" => Some(200u16),
        "update_milestone" => Some(200u16),
        "add_checkpoint" => Some(200u16),
        "delete_checkpoint" => Some(200u16),
        "update_checkpoint" => Some(200u16),
        "complete_checkpoint" => Some(200u16),
        "reopen_milestone" => Some(200u16),
        "list_projects" => Some(200u16),
        "create_project" => Some(200u16),
        "get_project" => Some(200u16),
        "update_project" => Some(200u16),
        "complete_project" => Some(200u16),
        "archive_project" => Some(200u16),
        "reopen_project" => Some(200u16),
        "list_project_milestones" => Some(200u16),
        "list_proposals" => Some(200u16),
        "create_proposal" => Some(200u16),
        "get_proposal" => Some(200u16),
        "cast_vote" => Some(200u16),
        "finalize_proposal" => Some(200u16),
        "submit_feedback" => Some(200u16),
        "get_my_permissions" => Some(200u16),
        "list_pending_verifications" => Some(200u16),
        _ => None,
    }
}
/// Every operation with a string path parameter, for the path-parameter test: not API.
#[cfg(feature = "mock")]
#[doc(hidden)]
pub mod path_probe {
    /// `(operation id, path template)` of every operation with a string path parameter.
    pub const OPERATIONS: &[(&str, &str)] = &[
        ("get_group", "/groups/{group_id}"),
        ("list_members", "/groups/{group_id}/members"),
        ("send_clink", "/groups/{group_id}/clinks"),
        ("claim_clink", "/clinks/{clink_id}/claim"),
        ("release_clink", "/clinks/{clink_id}/release"),
        ("complete_clink", "/clinks/{clink_id}/complete"),
        ("list_milestones", "/groups/{group_id}/milestones"),
        ("create_milestone", "/groups/{group_id}/milestones"),
        ("get_milestone", "/milestones/{milestone_id}"),
        ("update_milestone", "/milestones/{milestone_id}"),
        ("add_checkpoint", "/milestones/{milestone_id}/checkpoints"),
        ("delete_checkpoint", "/milestones/{milestone_id}/checkpoints/{order}"),
        ("update_checkpoint", "/milestones/{milestone_id}/checkpoints/{order}"),
        (
            "complete_checkpoint",
            "/milestones/{milestone_id}/checkpoints/{order}/complete",
        ),
        ("reopen_milestone", "/milestones/{milestone_id}/reopen"),
        ("list_projects", "/groups/{group_id}/projects"),
        ("create_project", "/groups/{group_id}/projects"),
        ("get_project", "/projects/{project_id}"),
        ("update_project", "/projects/{project_id}"),
        ("complete_project", "/projects/{project_id}/complete"),
        ("archive_project", "/projects/{project_id}/archive"),
        ("reopen_project", "/projects/{project_id}/reopen"),
        ("list_project_milestones", "/projects/{project_id}/milestones"),
        ("list_proposals", "/groups/{group_id}/proposals"),
        ("create_proposal", "/groups/{group_id}/proposals"),
        ("get_proposal", "/proposals/{proposal_id}"),
        ("cast_vote", "/proposals/{proposal_id}/vote"),
        ("finalize_proposal", "/proposals/{proposal_id}/finalize"),
        ("list_pending_verifications", "/groups/{group_id}/hil/pending"),
    ];
    /// Sends `operation` with `value` in each of its string path parameters.
    #[allow(deprecated)]
    #[inline]
    pub async fn call(
        client: &crate::clink::Client,
        operation: &str,
        value: &str,
    ) -> crate::Result<()> {
        match operation {
            "get_group" => {
                client
                    .raw()
                    .get_group()
                    .group_id(value)
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "list_members" => {
                client
                    .raw()
                    .list_members()
                    .group_id(value)
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "send_clink" => {
                client
                    .raw()
                    .send_clink()
                    .group_id(value)
                    .body(
                        serde_json::from_str::<
                            super::types::SendClinkRequest,
                        >("{\"content\":\"x\"}")
                            .expect("sample body"),
                    )
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "claim_clink" => {
                client
                    .raw()
                    .claim_clink()
                    .clink_id(value)
                    .body(
                        serde_json::from_str::<super::types::ClaimClinkRequest>("{}")
                            .expect("sample body"),
                    )
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "release_clink" => {
                client
                    .raw()
                    .release_clink()
                    .clink_id(value)
                    .body(
                        serde_json::from_str::<super::types::EmptyRequest>("{}")
                            .expect("sample body"),
                    )
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "complete_clink" => {
                client
                    .raw()
                    .complete_clink()
                    .clink_id(value)
                    .body(
                        serde_json::from_str::<super::types::CompleteClinkRequest>("{}")
                            .expect("sample body"),
                    )
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "list_milestones" => {
                client
                    .raw()
                    .list_milestones()
                    .group_id(value)
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "create_milestone" => {
                client
                    .raw()
                    .create_milestone()
                    .group_id(value)
                    .body(
                        serde_json::from_str::<
                            super::types::CreateMilestoneRequest,
                        >("{\"checkpoints\":[],\"title\":\"x\"}")
                            .expect("sample body"),
                    )
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "get_milestone" => {
                client
                    .raw()
                    .get_milestone()
                    .milestone_id(value)
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "update_milestone" => {
                client
                    .raw()
                    .update_milestone()
                    .milestone_id(value)
                    .body(
                        serde_json::from_str::<
                            super::types::UpdateMilestoneRequest,
                        >("{}")
                            .expect("sample body"),
                    )
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "add_checkpoint" => {
                client
                    .raw()
                    .add_checkpoint()
                    .milestone_id(value)
                    .body(
                        serde_json::from_str::<
                            super::types::AddCheckpointRequest,
                        >("{\"title\":\"x\"}")
                            .expect("sample body"),
                    )
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "delete_checkpoint" => {
                client
                    .raw()
                    .delete_checkpoint()
                    .milestone_id(value)
                    .order(1i64)
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "update_checkpoint" => {
                client
                    .raw()
                    .update_checkpoint()
                    .milestone_id(value)
                    .order(1i64)
                    .body(
                        serde_json::from_str::<
                            super::types::UpdateCheckpointRequest,
                        >("{}")
                            .expect("sample body"),
                    )
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "complete_checkpoint" => {
                client
                    .raw()
                    .complete_checkpoint()
                    .milestone_id(value)
                    .order(1i64)
                    .body(
                        serde_json::from_str::<
                            super::types::CompleteCheckpointRequest,
                        >("{}")
                            .expect("sample body"),
                    )
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "reopen_milestone" => {
                client
                    .raw()
                    .reopen_milestone()
                    .milestone_id(value)
                    .body(
                        serde_json::from_str::<super::types::EmptyRequest>("{}")
                            .expect("sample body"),
                    )
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "list_projects" => {
                client
                    .raw()
                    .list_projects()
                    .group_id(value)
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "create_project" => {
                client
                    .raw()
                    .create_project()
                    .group_id(value)
                    .body(
                        serde_json::from_str::<
                            super::types::CreateProjectRequest,
                        >("{\"title\":\"x\"}")
                            .expect("sample body"),
                    )
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "get_project" => {
                client
                    .raw()
                    .get_project()
                    .project_id(value)
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "update_project" => {
                client
                    .raw()
                    .update_project()
                    .project_id(value)
                    .body(
                        serde_json::from_str::<super::types::UpdateProjectRequest>("{}")
                            .expect("sample body"),
                    )
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "complete_project" => {
                client
                    .raw()
                    .complete_project()
                    .project_id(value)
                    .body(
                        serde_json::from_str::<super::types::EmptyRequest>("{}")
                            .expect("sample body"),
                    )
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "archive_project" => {
                client
                    .raw()
                    .archive_project()
                    .project_id(value)
                    .body(
                        serde_json::from_str::<super::types::EmptyRequest>("{}")
                            .expect("sample body"),
                    )
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "reopen_project" => {
                client
                    .raw()
                    .reopen_project()
                    .project_id(value)
                    .body(
                        serde_json::from_str::<super::types::EmptyRequest>("{}")
                            .expect("sample body"),
                    )
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "list_project_milestones" => {
                client
                    .raw()
                    .list_project_milestones()
                    .project_id(value)
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "list_proposals" => {
                client
                    .raw()
                    .list_proposals()
                    .group_id(value)
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "create_proposal" => {
                client
                    .raw()
                    .create_proposal()
                    .group_id(value)
                    .body(
                        serde_json::from_str::<
                            super::types::CreateProposalRequest,
                        >("{\"title\":\"x\"}")
                            .expect("sample body"),
                    )
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "get_proposal" => {
                client
                    .raw()
                    .get_proposal()
                    .proposal_id(value)
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "cast_vote" => {
                client
                    .raw()
                    .cast_vote()
                    .proposal_id(value)
                    .body(
                        serde_json::from_str::<
                            super::types::CastVoteRequest,
                        >("{\"vote\":\"x\"}")
                            .expect("sample body"),
                    )
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "finalize_proposal" => {
                client
                    .raw()
                    .finalize_proposal()
                    .proposal_id(value)
                    .body(
                        serde_json::from_str::<
                            super::types::FinalizeProposalRequest,
                        >("{}")
                            .expect("sample body"),
                    )
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            "list_pending_verifications" => {
                client
                    .raw()
                    .list_pending_verifications()
                    .group_id(value)
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(crate::Error::from_generated)
            }
            other => Err(crate::Error::invalid_request(format!("no probe for {other}"))),
        }
    }
}
/// httpmock helpers generated from the spec: one typed `when`/`then` pair per operation.
#[cfg(feature = "mock")]
pub mod mock {
    pub mod operations {
        //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
        //! wrappers for each operation. Each can be converted to
        //! its inner type with a call to `into_inner()`. This can
        //! be used to explicitly deviate from permitted values.
        use crate::clink::generated::*;
        pub struct ListGroupsWhen(::httpmock::When);
        impl ListGroupsWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/groups$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn slug<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a str>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("slug", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("slug"))
                }
            }
        }
        pub struct ListGroupsThen(::httpmock::Then);
        impl ListGroupsThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::GroupListEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct GetGroupWhen(::httpmock::When);
        impl GetGroupWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/groups/[^/]*$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn group_id(self, value: &str) -> Self {
                let re = regex::Regex::new(&format!("^/groups/{}$", value.to_string()))
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct GetGroupThen(::httpmock::Then);
        impl GetGroupThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::GroupEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ListMembersWhen(::httpmock::When);
        impl ListMembersWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/groups/[^/]*/members$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn group_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/groups/{}/members$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct ListMembersThen(::httpmock::Then);
        impl ListMembersThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MemberListEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct GetClinksWhen(::httpmock::When);
        impl GetClinksWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/clinks$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn for_me<T>(self, value: T) -> Self
            where
                T: Into<Option<bool>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("for_me", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("for_me"))
                }
            }
            #[inline]
            pub fn group_id<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a str>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("group_id", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("group_id"))
                }
            }
            #[inline]
            pub fn limit<T>(self, value: T) -> Self
            where
                T: Into<Option<i64>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("limit", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("limit"))
                }
            }
            #[inline]
            pub fn mark_read<T>(self, value: T) -> Self
            where
                T: Into<Option<bool>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("mark_read", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("mark_read"))
                }
            }
            #[inline]
            pub fn since<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a crate::Timestamp>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("since", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("since"))
                }
            }
            #[inline]
            pub fn status<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a crate::clink::generated::enums::ClinkStatus>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("status", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("status"))
                }
            }
            #[inline]
            pub fn unread_only<T>(self, value: T) -> Self
            where
                T: Into<Option<bool>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("unread_only", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("unread_only"))
                }
            }
        }
        pub struct GetClinksThen(::httpmock::Then);
        impl GetClinksThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ClinkListEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct MarkReadWhen(::httpmock::When);
        impl MarkReadWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(regex::Regex::new("^/clinks/mark-read$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn body(self, value: &types::MarkReadRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct MarkReadThen(::httpmock::Then);
        impl MarkReadThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MarkReadResultEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct SendClinkWhen(::httpmock::When);
        impl SendClinkWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/groups/[^/]*/clinks$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn group_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/groups/{}/clinks$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::SendClinkRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct SendClinkThen(::httpmock::Then);
        impl SendClinkThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ClinkEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CheckInboxWhen(::httpmock::When);
        impl CheckInboxWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/inbox$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn claim<T>(self, value: T) -> Self
            where
                T: Into<Option<bool>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("claim", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("claim"))
                }
            }
            #[inline]
            pub fn for_me<T>(self, value: T) -> Self
            where
                T: Into<Option<bool>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("for_me", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("for_me"))
                }
            }
            #[inline]
            pub fn limit<T>(self, value: T) -> Self
            where
                T: Into<Option<i64>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("limit", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("limit"))
                }
            }
            #[inline]
            pub fn since<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a crate::Timestamp>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("since", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("since"))
                }
            }
            #[inline]
            pub fn status<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a crate::clink::generated::enums::ClinkStatus>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("status", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("status"))
                }
            }
        }
        pub struct CheckInboxThen(::httpmock::Then);
        impl CheckInboxThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::InboxEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ClaimClinkWhen(::httpmock::When);
        impl ClaimClinkWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/clinks/[^/]*/claim$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn clink_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/clinks/{}/claim$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::ClaimClinkRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct ClaimClinkThen(::httpmock::Then);
        impl ClaimClinkThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ClinkEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ReleaseClinkWhen(::httpmock::When);
        impl ReleaseClinkWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/clinks/[^/]*/release$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn clink_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/clinks/{}/release$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::EmptyRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct ReleaseClinkThen(::httpmock::Then);
        impl ReleaseClinkThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ClinkEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CompleteClinkWhen(::httpmock::When);
        impl CompleteClinkWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/clinks/[^/]*/complete$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn clink_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/clinks/{}/complete$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::CompleteClinkRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CompleteClinkThen(::httpmock::Then);
        impl CompleteClinkThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::CompleteClinkResultEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ListMilestonesWhen(::httpmock::When);
        impl ListMilestonesWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/groups/[^/]*/milestones$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn group_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/groups/{}/milestones$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn limit<T>(self, value: T) -> Self
            where
                T: Into<Option<i64>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("limit", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("limit"))
                }
            }
            #[inline]
            pub fn status<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a crate::clink::generated::enums::MilestoneStatus>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("status", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("status"))
                }
            }
        }
        pub struct ListMilestonesThen(::httpmock::Then);
        impl ListMilestonesThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MilestoneListEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CreateMilestoneWhen(::httpmock::When);
        impl CreateMilestoneWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/groups/[^/]*/milestones$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn group_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/groups/{}/milestones$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::CreateMilestoneRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CreateMilestoneThen(::httpmock::Then);
        impl CreateMilestoneThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MilestoneEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct GetMilestoneWhen(::httpmock::When);
        impl GetMilestoneWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/milestones/[^/]*$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn milestone_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/milestones/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct GetMilestoneThen(::httpmock::Then);
        impl GetMilestoneThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MilestoneEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct UpdateMilestoneWhen(::httpmock::When);
        impl UpdateMilestoneWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::PATCH)
                        .path_matches(regex::Regex::new("^/milestones/[^/]*$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn milestone_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/milestones/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::UpdateMilestoneRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct UpdateMilestoneThen(::httpmock::Then);
        impl UpdateMilestoneThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MilestoneEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct AddCheckpointWhen(::httpmock::When);
        impl AddCheckpointWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/milestones/[^/]*/checkpoints$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn milestone_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/milestones/{}/checkpoints$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::AddCheckpointRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct AddCheckpointThen(::httpmock::Then);
        impl AddCheckpointThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MilestoneEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct DeleteCheckpointWhen(::httpmock::When);
        impl DeleteCheckpointWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::DELETE)
                        .path_matches(
                            regex::Regex::new("^/milestones/[^/]*/checkpoints/[^/]*$")
                                .unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn milestone_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/milestones/{}/checkpoints/.*$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn order(self, value: i64) -> Self {
                let re = regex::Regex::new(
                        &format!("^/milestones/.*/checkpoints/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct DeleteCheckpointThen(::httpmock::Then);
        impl DeleteCheckpointThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MilestoneEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct UpdateCheckpointWhen(::httpmock::When);
        impl UpdateCheckpointWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::PATCH)
                        .path_matches(
                            regex::Regex::new("^/milestones/[^/]*/checkpoints/[^/]*$")
                                .unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn milestone_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/milestones/{}/checkpoints/.*$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn order(self, value: i64) -> Self {
                let re = regex::Regex::new(
                        &format!("^/milestones/.*/checkpoints/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::UpdateCheckpointRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct UpdateCheckpointThen(::httpmock::Then);
        impl UpdateCheckpointThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MilestoneEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CompleteCheckpointWhen(::httpmock::When);
        impl CompleteCheckpointWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new(
                                    "^/milestones/[^/]*/checkpoints/[^/]*/complete$",
                                )
                                .unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn milestone_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!(
                            "^/milestones/{}/checkpoints/.*/complete$", value.to_string()
                        ),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn order(self, value: i64) -> Self {
                let re = regex::Regex::new(
                        &format!(
                            "^/milestones/.*/checkpoints/{}/complete$", value.to_string()
                        ),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::CompleteCheckpointRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CompleteCheckpointThen(::httpmock::Then);
        impl CompleteCheckpointThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MilestoneOrHilRequiredEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ReopenMilestoneWhen(::httpmock::When);
        impl ReopenMilestoneWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/milestones/[^/]*/reopen$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn milestone_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/milestones/{}/reopen$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::EmptyRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct ReopenMilestoneThen(::httpmock::Then);
        impl ReopenMilestoneThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MilestoneEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ListProjectsWhen(::httpmock::When);
        impl ListProjectsWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/groups/[^/]*/projects$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn group_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/groups/{}/projects$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn limit<T>(self, value: T) -> Self
            where
                T: Into<Option<i64>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("limit", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("limit"))
                }
            }
            #[inline]
            pub fn status<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a crate::clink::generated::enums::ProjectStatus>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("status", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("status"))
                }
            }
        }
        pub struct ListProjectsThen(::httpmock::Then);
        impl ListProjectsThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProjectListEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CreateProjectWhen(::httpmock::When);
        impl CreateProjectWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/groups/[^/]*/projects$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn group_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/groups/{}/projects$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::CreateProjectRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CreateProjectThen(::httpmock::Then);
        impl CreateProjectThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProjectEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct GetProjectWhen(::httpmock::When);
        impl GetProjectWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/projects/[^/]*$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id(self, value: &str) -> Self {
                let re = regex::Regex::new(&format!("^/projects/{}$", value.to_string()))
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct GetProjectThen(::httpmock::Then);
        impl GetProjectThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProjectEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct UpdateProjectWhen(::httpmock::When);
        impl UpdateProjectWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::PATCH)
                        .path_matches(regex::Regex::new("^/projects/[^/]*$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id(self, value: &str) -> Self {
                let re = regex::Regex::new(&format!("^/projects/{}$", value.to_string()))
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::UpdateProjectRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct UpdateProjectThen(::httpmock::Then);
        impl UpdateProjectThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProjectEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CompleteProjectWhen(::httpmock::When);
        impl CompleteProjectWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/projects/[^/]*/complete$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/projects/{}/complete$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::EmptyRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CompleteProjectThen(::httpmock::Then);
        impl CompleteProjectThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProjectEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ArchiveProjectWhen(::httpmock::When);
        impl ArchiveProjectWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/projects/[^/]*/archive$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/projects/{}/archive$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::EmptyRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct ArchiveProjectThen(::httpmock::Then);
        impl ArchiveProjectThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProjectEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ReopenProjectWhen(::httpmock::When);
        impl ReopenProjectWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/projects/[^/]*/reopen$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/projects/{}/reopen$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::EmptyRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct ReopenProjectThen(::httpmock::Then);
        impl ReopenProjectThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProjectEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ListProjectMilestonesWhen(::httpmock::When);
        impl ListProjectMilestonesWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/projects/[^/]*/milestones$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/projects/{}/milestones$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn limit<T>(self, value: T) -> Self
            where
                T: Into<Option<i64>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("limit", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("limit"))
                }
            }
            #[inline]
            pub fn status<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a crate::clink::generated::enums::MilestoneStatus>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("status", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("status"))
                }
            }
        }
        pub struct ListProjectMilestonesThen(::httpmock::Then);
        impl ListProjectMilestonesThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MilestoneListEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ListProposalsWhen(::httpmock::When);
        impl ListProposalsWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/groups/[^/]*/proposals$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn group_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/groups/{}/proposals$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn limit<T>(self, value: T) -> Self
            where
                T: Into<Option<i64>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("limit", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("limit"))
                }
            }
            #[inline]
            pub fn status<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a crate::clink::generated::enums::ProposalStatus>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("status", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("status"))
                }
            }
        }
        pub struct ListProposalsThen(::httpmock::Then);
        impl ListProposalsThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProposalListEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CreateProposalWhen(::httpmock::When);
        impl CreateProposalWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/groups/[^/]*/proposals$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn group_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/groups/{}/proposals$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::CreateProposalRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CreateProposalThen(::httpmock::Then);
        impl CreateProposalThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProposalEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct GetProposalWhen(::httpmock::When);
        impl GetProposalWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/proposals/[^/]*$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn proposal_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/proposals/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct GetProposalThen(::httpmock::Then);
        impl GetProposalThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProposalEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CastVoteWhen(::httpmock::When);
        impl CastVoteWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/proposals/[^/]*/vote$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn proposal_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/proposals/{}/vote$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::CastVoteRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CastVoteThen(::httpmock::Then);
        impl CastVoteThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProposalOrHilRequiredEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct FinalizeProposalWhen(::httpmock::When);
        impl FinalizeProposalWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/proposals/[^/]*/finalize$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn proposal_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/proposals/{}/finalize$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::FinalizeProposalRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct FinalizeProposalThen(::httpmock::Then);
        impl FinalizeProposalThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProposalEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct SubmitFeedbackWhen(::httpmock::When);
        impl SubmitFeedbackWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(regex::Regex::new("^/feedback$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn body(self, value: &types::SubmitFeedbackRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct SubmitFeedbackThen(::httpmock::Then);
        impl SubmitFeedbackThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::FeedbackResponseEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct GetMyPermissionsWhen(::httpmock::When);
        impl GetMyPermissionsWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/api-keys/me/permissions$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
        }
        pub struct GetMyPermissionsThen(::httpmock::Then);
        impl GetMyPermissionsThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::PermissionsResponseEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ListPendingVerificationsWhen(::httpmock::When);
        impl ListPendingVerificationsWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/groups/[^/]*/hil/pending$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn group_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/groups/{}/hil/pending$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn limit<T>(self, value: T) -> Self
            where
                T: Into<Option<i64>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("limit", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("limit"))
                }
            }
        }
        pub struct ListPendingVerificationsThen(::httpmock::Then);
        impl ListPendingVerificationsThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::PendingVerificationListEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
    }
    /// An extension trait for [`MockServer`](::httpmock::MockServer) that
    /// adds a method for each operation. These are the equivalent of
    /// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
    pub trait MockServerExt {
        fn list_groups<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListGroupsWhen, operations::ListGroupsThen);
        fn get_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetGroupWhen, operations::GetGroupThen);
        fn list_members<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListMembersWhen, operations::ListMembersThen);
        fn get_clinks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetClinksWhen, operations::GetClinksThen);
        fn mark_read<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::MarkReadWhen, operations::MarkReadThen);
        fn send_clink<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::SendClinkWhen, operations::SendClinkThen);
        fn check_inbox<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CheckInboxWhen, operations::CheckInboxThen);
        fn claim_clink<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ClaimClinkWhen, operations::ClaimClinkThen);
        fn release_clink<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ReleaseClinkWhen, operations::ReleaseClinkThen);
        fn complete_clink<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CompleteClinkWhen, operations::CompleteClinkThen);
        fn list_milestones<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListMilestonesWhen, operations::ListMilestonesThen);
        fn create_milestone<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateMilestoneWhen, operations::CreateMilestoneThen);
        fn get_milestone<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetMilestoneWhen, operations::GetMilestoneThen);
        fn update_milestone<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::UpdateMilestoneWhen, operations::UpdateMilestoneThen);
        fn add_checkpoint<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::AddCheckpointWhen, operations::AddCheckpointThen);
        fn delete_checkpoint<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::DeleteCheckpointWhen,
                operations::DeleteCheckpointThen,
            );
        fn update_checkpoint<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::UpdateCheckpointWhen,
                operations::UpdateCheckpointThen,
            );
        fn complete_checkpoint<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::CompleteCheckpointWhen,
                operations::CompleteCheckpointThen,
            );
        fn reopen_milestone<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ReopenMilestoneWhen, operations::ReopenMilestoneThen);
        fn list_projects<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListProjectsWhen, operations::ListProjectsThen);
        fn create_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateProjectWhen, operations::CreateProjectThen);
        fn get_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetProjectWhen, operations::GetProjectThen);
        fn update_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::UpdateProjectWhen, operations::UpdateProjectThen);
        fn complete_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CompleteProjectWhen, operations::CompleteProjectThen);
        fn archive_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ArchiveProjectWhen, operations::ArchiveProjectThen);
        fn reopen_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ReopenProjectWhen, operations::ReopenProjectThen);
        fn list_project_milestones<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::ListProjectMilestonesWhen,
                operations::ListProjectMilestonesThen,
            );
        fn list_proposals<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListProposalsWhen, operations::ListProposalsThen);
        fn create_proposal<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateProposalWhen, operations::CreateProposalThen);
        fn get_proposal<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetProposalWhen, operations::GetProposalThen);
        fn cast_vote<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CastVoteWhen, operations::CastVoteThen);
        fn finalize_proposal<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::FinalizeProposalWhen,
                operations::FinalizeProposalThen,
            );
        fn submit_feedback<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::SubmitFeedbackWhen, operations::SubmitFeedbackThen);
        fn get_my_permissions<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::GetMyPermissionsWhen,
                operations::GetMyPermissionsThen,
            );
        fn list_pending_verifications<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::ListPendingVerificationsWhen,
                operations::ListPendingVerificationsThen,
            );
    }
    impl MockServerExt for ::httpmock::MockServer {
        #[inline]
        fn list_groups<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListGroupsWhen, operations::ListGroupsThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListGroupsWhen::new(when),
                    operations::ListGroupsThen::new(then),
                )
            })
        }
        #[inline]
        fn get_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetGroupWhen, operations::GetGroupThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::GetGroupWhen::new(when),
                    operations::GetGroupThen::new(then),
                )
            })
        }
        #[inline]
        fn list_members<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListMembersWhen, operations::ListMembersThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListMembersWhen::new(when),
                    operations::ListMembersThen::new(then),
                )
            })
        }
        #[inline]
        fn get_clinks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetClinksWhen, operations::GetClinksThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::GetClinksWhen::new(when),
                    operations::GetClinksThen::new(then),
                )
            })
        }
        #[inline]
        fn mark_read<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::MarkReadWhen, operations::MarkReadThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::MarkReadWhen::new(when),
                    operations::MarkReadThen::new(then),
                )
            })
        }
        #[inline]
        fn send_clink<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::SendClinkWhen, operations::SendClinkThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::SendClinkWhen::new(when),
                    operations::SendClinkThen::new(then),
                )
            })
        }
        #[inline]
        fn check_inbox<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CheckInboxWhen, operations::CheckInboxThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CheckInboxWhen::new(when),
                    operations::CheckInboxThen::new(then),
                )
            })
        }
        #[inline]
        fn claim_clink<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ClaimClinkWhen, operations::ClaimClinkThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ClaimClinkWhen::new(when),
                    operations::ClaimClinkThen::new(then),
                )
            })
        }
        #[inline]
        fn release_clink<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ReleaseClinkWhen, operations::ReleaseClinkThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ReleaseClinkWhen::new(when),
                    operations::ReleaseClinkThen::new(then),
                )
            })
        }
        #[inline]
        fn complete_clink<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CompleteClinkWhen, operations::CompleteClinkThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CompleteClinkWhen::new(when),
                    operations::CompleteClinkThen::new(then),
                )
            })
        }
        #[inline]
        fn list_milestones<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListMilestonesWhen, operations::ListMilestonesThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListMilestonesWhen::new(when),
                    operations::ListMilestonesThen::new(then),
                )
            })
        }
        #[inline]
        fn create_milestone<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateMilestoneWhen, operations::CreateMilestoneThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CreateMilestoneWhen::new(when),
                    operations::CreateMilestoneThen::new(then),
                )
            })
        }
        #[inline]
        fn get_milestone<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetMilestoneWhen, operations::GetMilestoneThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::GetMilestoneWhen::new(when),
                    operations::GetMilestoneThen::new(then),
                )
            })
        }
        #[inline]
        fn update_milestone<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::UpdateMilestoneWhen, operations::UpdateMilestoneThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::UpdateMilestoneWhen::new(when),
                    operations::UpdateMilestoneThen::new(then),
                )
            })
        }
        #[inline]
        fn add_checkpoint<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::AddCheckpointWhen, operations::AddCheckpointThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::AddCheckpointWhen::new(when),
                    operations::AddCheckpointThen::new(then),
                )
            })
        }
        #[inline]
        fn delete_checkpoint<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::DeleteCheckpointWhen,
                operations::DeleteCheckpointThen,
            ),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::DeleteCheckpointWhen::new(when),
                    operations::DeleteCheckpointThen::new(then),
                )
            })
        }
        #[inline]
        fn update_checkpoint<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::UpdateCheckpointWhen,
                operations::UpdateCheckpointThen,
            ),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::UpdateCheckpointWhen::new(when),
                    operations::UpdateCheckpointThen::new(then),
                )
            })
        }
        #[inline]
        fn complete_checkpoint<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::CompleteCheckpointWhen,
                operations::CompleteCheckpointThen,
            ),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CompleteCheckpointWhen::new(when),
                    operations::CompleteCheckpointThen::new(then),
                )
            })
        }
        #[inline]
        fn reopen_milestone<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ReopenMilestoneWhen, operations::ReopenMilestoneThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ReopenMilestoneWhen::new(when),
                    operations::ReopenMilestoneThen::new(then),
                )
            })
        }
        #[inline]
        fn list_projects<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListProjectsWhen, operations::ListProjectsThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListProjectsWhen::new(when),
                    operations::ListProjectsThen::new(then),
                )
            })
        }
        #[inline]
        fn create_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateProjectWhen, operations::CreateProjectThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CreateProjectWhen::new(when),
                    operations::CreateProjectThen::new(then),
                )
            })
        }
        #[inline]
        fn get_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetProjectWhen, operations::GetProjectThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::GetProjectWhen::new(when),
                    operations::GetProjectThen::new(then),
                )
            })
        }
        #[inline]
        fn update_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::UpdateProjectWhen, operations::UpdateProjectThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::UpdateProjectWhen::new(when),
                    operations::UpdateProjectThen::new(then),
                )
            })
        }
        #[inline]
        fn complete_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CompleteProjectWhen, operations::CompleteProjectThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CompleteProjectWhen::new(when),
                    operations::CompleteProjectThen::new(then),
                )
            })
        }
        #[inline]
        fn archive_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ArchiveProjectWhen, operations::ArchiveProjectThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ArchiveProjectWhen::new(when),
                    operations::ArchiveProjectThen::new(then),
                )
            })
        }
        #[inline]
        fn reopen_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ReopenProjectWhen, operations::ReopenProjectThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ReopenProjectWhen::new(when),
                    operations::ReopenProjectThen::new(then),
                )
            })
        }
        #[inline]
        fn list_project_milestones<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::ListProjectMilestonesWhen,
                operations::ListProjectMilestonesThen,
            ),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListProjectMilestonesWhen::new(when),
                    operations::ListProjectMilestonesThen::new(then),
                )
            })
        }
        #[inline]
        fn list_proposals<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListProposalsWhen, operations::ListProposalsThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListProposalsWhen::new(when),
                    operations::ListProposalsThen::new(then),
                )
            })
        }
        #[inline]
        fn create_proposal<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateProposalWhen, operations::CreateProposalThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CreateProposalWhen::new(when),
                    operations::CreateProposalThen::new(then),
                )
            })
        }
        #[inline]
        fn get_proposal<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetProposalWhen, operations::GetProposalThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::GetProposalWhen::new(when),
                    operations::GetProposalThen::new(then),
                )
            })
        }
        #[inline]
        fn cast_vote<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CastVoteWhen, operations::CastVoteThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CastVoteWhen::new(when),
                    operations::CastVoteThen::new(then),
                )
            })
        }
        #[inline]
        fn finalize_proposal<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::FinalizeProposalWhen,
                operations::FinalizeProposalThen,
            ),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::FinalizeProposalWhen::new(when),
                    operations::FinalizeProposalThen::new(then),
                )
            })
        }
        #[inline]
        fn submit_feedback<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::SubmitFeedbackWhen, operations::SubmitFeedbackThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::SubmitFeedbackWhen::new(when),
                    operations::SubmitFeedbackThen::new(then),
                )
            })
        }
        #[inline]
        fn get_my_permissions<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::GetMyPermissionsWhen,
                operations::GetMyPermissionsThen,
            ),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::GetMyPermissionsWhen::new(when),
                    operations::GetMyPermissionsThen::new(then),
                )
            })
        }
        #[inline]
        fn list_pending_verifications<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::ListPendingVerificationsWhen,
                operations::ListPendingVerificationsThen,
            ),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListPendingVerificationsWhen::new(when),
                    operations::ListPendingVerificationsThen::new(then),
                )
            })
        }
    }
}
