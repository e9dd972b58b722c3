#include "dialogs/ProfileChoices.h"

#include "api/ApplicationsApi.h"
#include "api/ListQuery.h"
#include "dialogs/FieldErrorPresenter.h"

#include <QComboBox>
#include <QCoreApplication>

namespace castellan::console {

namespace {

constexpr int kMaxProfiles = 500; // one page: a server has a handful of profiles, far fewer than this

QString text(const char* source)
{
    return QCoreApplication::translate("castellan::console::ProfileChoices", source);
}

} // namespace

void loadProfileChoices(ApplicationsApi& api, const QString& type, QComboBox* field, FieldErrorPresenter* errors,
                        QObject* context, std::function<void()> loaded)
{
    ListQuery query;
    query.limit = kMaxProfiles;
    api.list(query, context,
             [type, field, errors, loaded = std::move(loaded)](const ApiResult<ListPage<ApplicationProfile>>& result) {
                 if (!result.ok()) {
                     errors->showFieldMessage(QStringLiteral("application_id"),
                                              text("Could not load the profiles: %1").arg(result.error().message()));
                     return;
                 }
                 for (const ApplicationProfile& profile : result.value().items) {
                     if (profile.type == type) {
                         field->addItem(profile.enabled ? profile.name : text("%1 (disabled)").arg(profile.name),
                                        profile.id);
                     }
                 }
                 loaded();
             });
}

} // namespace castellan::console
