#include "app/AuditJournal.h"

#include "app/JournalEvents.h"
#include "store/AuditLog.h"

#include <Poco/Logger.h>

namespace castellan {

AuditJournal::AuditJournal(AuditLog& audit)
{
    audit.addObserver([](const AuditEvent& event) {
        const char* messageId = JournalEvents::messageIdOf(event);
        if (messageId == nullptr) {
            return;
        }
        Poco::Logger& logger = Poco::Logger::get("audit");
        Poco::Message message = JournalEvents::messageOf(event, messageId);
        if (logger.is(message.getPriority())) {
            logger.log(message);
        }
    });
}

} // namespace castellan
