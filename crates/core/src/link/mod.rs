//! Linking: the relation between two articles (with its scores), and the clustering of
//! articles into events and of events into storylines. Pure: no I/O; the same articles give the
//! same result in any order.

pub mod cluster;
pub mod conflicts;
pub mod entities;
pub mod incremental;
pub mod relation;

pub use cluster::{cluster, ArticleNode, Clusters, DuplicateOf, EventCluster, Link, Origin, Placement, StoryCluster};
pub use relation::{compare, Relation, Scores};
