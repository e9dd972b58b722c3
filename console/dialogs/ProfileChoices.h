#pragma once

#include <QString>

#include <functional>

class QComboBox;
class QObject;

namespace castellan::console {

class ApplicationsApi;
class FieldErrorPresenter;

/// Fills a profile picker with the server's application profiles of one type (disabled ones marked as such, the
/// profile's id as item data), then calls `loaded`; when the profiles cannot be read, says why under the
/// `application_id` field of `errors` instead.
void loadProfileChoices(ApplicationsApi& api, const QString& type, QComboBox* field, FieldErrorPresenter* errors,
                        QObject* context, std::function<void()> loaded);

} // namespace castellan::console
