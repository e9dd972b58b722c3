#pragma once

namespace castellan {

class AuditLog;

/// Under systemd with the journal (log.journal): every audit event of note (authentication accepted, rejected or
/// challenged, admin changes through the REST API or the CLI) also becomes a journal entry with its MESSAGE_ID and
/// fields (JournalEvents), through the "audit" logger. Only then: on stderr these lines would only repeat the
/// audit log.
class AuditJournal
{
public:
    explicit AuditJournal(AuditLog& audit);
};

} // namespace castellan
