#include "dialogs/SharedSecret.h"

#include <QRandomGenerator>

namespace castellan::console::sharedSecret {

QString generate(int length)
{
    QString secret;
    secret.reserve(length);
    QRandomGenerator* random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i) {
        secret.append(kAlphabet.at(random->bounded(int(kAlphabet.size())))); // bounded() is uniform
    }
    return secret;
}

} // namespace castellan::console::sharedSecret
