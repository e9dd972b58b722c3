-- Mail (SMTP) and SMS gateway settings an administrator stores over REST; configuration-file keys override them.
-- `properties`: JSON object of the configuration keys (smtp.*, sms.gateway.*) that are not secret;
-- `sealed_secrets`: SecretBox-sealed JSON object of the secret ones (smtp.password, sms.gateway.headers).
CREATE TABLE delivery_settings (
    channel TEXT PRIMARY KEY,
    properties TEXT NOT NULL,
    sealed_secrets TEXT NOT NULL DEFAULT '',
    version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
