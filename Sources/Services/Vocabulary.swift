// Application statuses (and the rest of the shared words) live in KhyberVocabulary; the kiosk's
// services hand them on to everything built on them.
@_exported import KhyberVocabulary
