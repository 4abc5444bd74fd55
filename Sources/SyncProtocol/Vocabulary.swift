// The words both sides share (application statuses, operation kinds, the hybrid logical clock) live in
// KhyberVocabulary; every user of the wire types sees them through this module too.
@_exported import KhyberVocabulary
