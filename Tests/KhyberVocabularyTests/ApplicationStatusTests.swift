import KhyberVocabulary
import Testing

/// The one vocabulary kiosk, wire and central share: status words, the back office's moves, the words
/// people read, operation kinds.
@Suite("Application statuses and operation kinds")
struct ApplicationStatusTests {
    @Test func theStoredWordsAreTheOnesBothDatabasesAndTheWireHaveAlwaysUsed() {
        #expect(ApplicationStatus.allCases.map(\.rawValue) == [
            "saved-on-kiosk", "sent", "received", "in-review", "approved", "rejected", "ready-for-collection",
        ])
        #expect(ApplicationStatus.centralStatuses.map(\.rawValue) == ["received", "in-review", "approved", "rejected", "ready-for-collection"])
        #expect(OperationKind.applicationSubmitted.rawValue == "application.submitted")
    }

    @Test func theBackOfficeMovesForwardOneAllowedStepAtATime() {
        #expect(ApplicationStatus.received.mayMove(to: .inReview))
        #expect(ApplicationStatus.inReview.backOfficeMoves == [.approved, .rejected])
        #expect(ApplicationStatus.approved.mayMove(to: .readyForCollection))
        #expect(!ApplicationStatus.received.mayMove(to: .approved))
        #expect(!ApplicationStatus.rejected.mayMove(to: .approved))
        #expect(ApplicationStatus.readyForCollection.backOfficeMoves.isEmpty)
        #expect(ApplicationStatus.allCases.allSatisfy { status in status.backOfficeMoves.allSatisfy(\.isKeptByCentral) })
    }

    @Test func theDemoWalksTheHappyPathToCollection() {
        var walked: [ApplicationStatus] = [.received]
        while let next = walked.last?.nextForDemo { walked.append(next) }
        #expect(walked == [.received, .inReview, .approved, .readyForCollection])
        #expect(walked.dropFirst().enumerated().allSatisfy { index, status in walked[index].mayMove(to: status) })
    }

    @Test func kioskAndCentralShowTheSameWords() {
        #expect(ApplicationStatus.readyForCollection.words == "Ready for collection")
        #expect(ApplicationStatus.words(for: "in-review") == "In review")
        #expect(ApplicationStatus.words(for: "teleported") == "teleported", "a word that is not a status is shown as it is")
    }
}
