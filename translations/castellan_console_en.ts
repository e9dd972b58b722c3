<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Cannot reach the server: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted yet.</source>
        <translation>The server&apos;s certificate is not trusted yet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed since you trusted it. The connection was refused: someone may be intercepting it.</source>
        <translation>The server&apos;s certificate has changed since you trusted it. The connection was refused: someone may be intercepting it.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>The server answered with HTTP status %1.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Your session has expired. Sign in again.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood: %1</source>
        <translation>The server&apos;s answer was not understood: %1</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <source>API Clients</source>
        <translation>API Clients</translation>
    </message>
    <message>
        <source>Local Users</source>
        <translation>Local Users</translation>
    </message>
    <message>
        <source>SoftOTP Users</source>
        <translation>SoftOTP Users</translation>
    </message>
    <message>
        <source>Blocked Users</source>
        <translation>Blocked Users</translation>
    </message>
    <message>
        <source>Security Settings</source>
        <translation>Security Settings</translation>
    </message>
    <message>
        <source>License</source>
        <translation>License</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>SSO Sessions</source>
        <translation>SSO Sessions</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administrators</translation>
    </message>
    <message>
        <source>Mail and SMS</source>
        <translation>Mail and SMS</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>RADIUS Clients</source>
        <translation>RADIUS Clients</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>SAML</source>
        <translation>SAML</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>castellan::console::AdminConsole</name>
    <message>
        <source>Signed in to %1</source>
        <translation>Signed in to %1</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Session Ended</source>
        <translation>Session Ended</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Your session has ended. Sign in again to continue.</translation>
    </message>
</context>
<context>
    <name>castellan::console::ApiClientDialog</name>
    <message>
        <source>New API Client</source>
        <translation>New API Client</translation>
    </message>
    <message>
        <source>Login agents (RADIUS, ADFS, RDP, PAM) validate users; applications also enroll them. The client secret is shown once, after saving.</source>
        <translation>Login agents (RADIUS, ADFS, RDP, PAM) validate users; applications also enroll them. The client secret is shown once, after saving.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Rename API Client</source>
        <translation>Rename API Client</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>castellan::console::ApiClientModel</name>
    <message>
        <source>Application (user)</source>
        <translation>Application (user)</translation>
    </message>
    <message>
        <source>Login agent</source>
        <translation>Login agent</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Last Used</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>castellan::console::ApiClientsPage</name>
    <message>
        <source>New Client…</source>
        <translation>New Client…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Rotate Secret…</source>
        <translation>Rotate Secret…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Disable…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>No API clients yet.
Create one (Ctrl+N) for each login agent or application that calls the API.</source>
        <translation>No API clients yet.
Create one (Ctrl+N) for each login agent or application that calls the API.</translation>
    </message>
    <message>
        <source>API Client Created</source>
        <translation>API Client Created</translation>
    </message>
    <message>
        <source>API client “%1” created</source>
        <translation>API client “%1” created</translation>
    </message>
    <message>
        <source>API client renamed to “%1”</source>
        <translation>API client renamed to “%1”</translation>
    </message>
    <message>
        <source>Give the client ID and secret of “%1” to the agent or application it stands for.</source>
        <translation>Give the client ID and secret of “%1” to the agent or application it stands for.</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Rotate Secret</source>
        <translation>Rotate Secret</translation>
    </message>
    <message>
        <source>Rotate the secret of “%1”?</source>
        <translation>Rotate the secret of “%1”?</translation>
    </message>
    <message>
        <source>The old secret stops working at once and every token issued with it is revoked.</source>
        <translation>The old secret stops working at once and every token issued with it is revoked.</translation>
    </message>
    <message>
        <source>Could not rotate the secret</source>
        <translation>Could not rotate the secret</translation>
    </message>
    <message>
        <source>New Client Secret</source>
        <translation>New Client Secret</translation>
    </message>
    <message>
        <source>Could not change the API client</source>
        <translation>Could not change the API client</translation>
    </message>
    <message>
        <source>API client “%1” enabled</source>
        <translation>API client “%1” enabled</translation>
    </message>
    <message>
        <source>API client “%1” disabled</source>
        <translation>API client “%1” disabled</translation>
    </message>
    <message>
        <source>Disable API Client</source>
        <translation>Disable API Client</translation>
    </message>
    <message>
        <source>Disable “%1”?</source>
        <translation>Disable “%1”?</translation>
    </message>
    <message>
        <source>Its tokens are revoked and it cannot get new ones until it is enabled again.</source>
        <translation>Its tokens are revoked and it cannot get new ones until it is enabled again.</translation>
    </message>
    <message>
        <source>Delete the API client “%1”?</source>
        <translation>Delete the API client “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API client(s)?</source>
        <translation>
            <numerusform>Delete %n API client?</numerusform>
            <numerusform>Delete %n API clients?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete API Client</source>
        <translation>Delete API Client</translation>
    </message>
    <message>
        <source>Agents and applications using it can no longer call the API.</source>
        <translation>Agents and applications using it can no longer call the API.</translation>
    </message>
    <message>
        <source>Could not delete the API client</source>
        <translation>Could not delete the API client</translation>
    </message>
</context>
<context>
    <name>castellan::console::ApplicationDialog</name>
    <message>
        <source>New Application Profile</source>
        <translation>New Application Profile</translation>
    </message>
    <message>
        <source>A profile says what a kind of login asks for. The registration portal needs a registration profile; RADIUS clients and SAML service providers each log their users in with a profile of their type.</source>
        <translation>A profile says what a kind of login asks for. The registration portal needs a registration profile; RADIUS clients and SAML service providers each log their users in with a profile of their type.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Edit Application Profile</source>
        <translation>Edit Application Profile</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Allowed factors:</source>
        <translation>Allowed factors:</translation>
    </message>
    <message>
        <source>Ask for the user&apos;s password</source>
        <translation>Ask for the user&apos;s password</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Ask for a second factor</source>
        <translation>Ask for a second factor</translation>
    </message>
    <message>
        <source>Second factor:</source>
        <translation>Second factor:</translation>
    </message>
    <message>
        <source>Ask for it with Access-Challenge</source>
        <translation>Ask for it with Access-Challenge</translation>
    </message>
    <message>
        <source>%1 digits typed after the password</source>
        <translation>%1 digits typed after the password</translation>
    </message>
    <message>
        <source>&amp;One-time code:</source>
        <translation>&amp;One-time code:</translation>
    </message>
    <message>
        <source>Reply attributes:</source>
        <translation>Reply attributes:</translation>
    </message>
    <message>
        <source>Logins may use this profile</source>
        <translation>Logins may use this profile</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Used by:</translation>
    </message>
    <message>
        <source>Nothing uses it yet.</source>
        <translation>Nothing uses it yet.</translation>
    </message>
</context>
<context>
    <name>castellan::console::ApplicationModel</name>
    <message>
        <source>Registration portal</source>
        <translation>Registration portal</translation>
    </message>
    <message>
        <source>RADIUS</source>
        <translation>RADIUS</translation>
    </message>
    <message>
        <source>SAML</source>
        <translation>SAML</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>HOTP token</source>
        <translation>HOTP token</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Security key</translation>
    </message>
    <message>
        <source>RADIUS client “%1”</source>
        <translation>RADIUS client “%1”</translation>
    </message>
    <message>
        <source>service provider “%1”</source>
        <translation>service provider “%1”</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Allowed Factors</source>
        <translation>Allowed Factors</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Second Factor</source>
        <translation>Second Factor</translation>
    </message>
    <message>
        <source>Used By</source>
        <translation>Used By</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>castellan::console::ApplicationsPage</name>
    <message>
        <source>New Profile…</source>
        <translation>New Profile…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>No application profiles yet.
Create a registration profile (Ctrl+N) so users can use the portal, and a RADIUS or SAML profile for each kind of login you protect.</source>
        <translation>No application profiles yet.
Create a registration profile (Ctrl+N) so users can use the portal, and a RADIUS or SAML profile for each kind of login you protect.</translation>
    </message>
    <message>
        <source>Profile “%1” created</source>
        <translation>Profile “%1” created</translation>
    </message>
    <message>
        <source>Profile “%1” saved</source>
        <translation>Profile “%1” saved</translation>
    </message>
    <message>
        <source>Profile In Use</source>
        <translation>Profile In Use</translation>
    </message>
    <message>
        <source>“%1” is used by %2.</source>
        <translation>“%1” is used by %2.</translation>
    </message>
    <message>
        <source>Give them another profile first; then the profile can be deleted.</source>
        <translation>Give them another profile first; then the profile can be deleted.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Delete Profile</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>Delete the profile “%1”?</translation>
    </message>
    <message>
        <source>Logins that use it are refused until they have another profile.</source>
        <translation>Logins that use it are refused until they have another profile.</translation>
    </message>
    <message>
        <source>Profile “%1” deleted</source>
        <translation>Profile “%1” deleted</translation>
    </message>
    <message>
        <source>Could not delete the profile</source>
        <translation>Could not delete the profile</translation>
    </message>
</context>
<context>
    <name>castellan::console::AuditEntryModel</name>
    <message>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>Source IP</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>castellan::console::AuditFilterBar</name>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>The user the event is about</source>
        <translation>The user the event is about</translation>
    </message>
    <message>
        <source>Who did it: an admin (admin:name), an API client, a user</source>
        <translation>Who did it: an admin (admin:name), an API client, a user</translation>
    </message>
    <message>
        <source>The event&apos;s name, e.g. user.create or admin.login</source>
        <translation>The event&apos;s name, e.g. user.create or admin.login</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>castellan::console::AuditLogPage</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Show new events as they happen</source>
        <translation>Show new events as they happen</translation>
    </message>
    <message>
        <source>No events match the filters.</source>
        <translation>No events match the filters.</translation>
    </message>
</context>
<context>
    <name>castellan::console::BlockModel</name>
    <message>
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Blocked At</source>
        <translation>Blocked At</translation>
    </message>
    <message>
        <source>Blocked By</source>
        <translation>Blocked By</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
</context>
<context>
    <name>castellan::console::BlockUserDialog</name>
    <message>
        <source>Until an admin removes the block</source>
        <translation>Until an admin removes the block</translation>
    </message>
    <message>
        <source>Block User</source>
        <translation>Block User</translation>
    </message>
    <message>
        <source>A blocked user cannot sign in on any channel, whatever the password or code.</source>
        <translation>A blocked user cannot sign in on any channel, whatever the password or code.</translation>
    </message>
    <message>
        <source>blocked by an administrator</source>
        <translation>blocked by an administrator</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>Permanent:</source>
        <translation>Permanent:</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Block</translation>
    </message>
    <message>
        <source>Local user “%1”.</source>
        <translation>Local user “%1”.</translation>
    </message>
    <message>
        <source>No local user has this name. The block still applies to it, e.g. for a user who is created later.</source>
        <translation>No local user has this name. The block still applies to it, e.g. for a user who is created later.</translation>
    </message>
</context>
<context>
    <name>castellan::console::BlockedUsersPage</name>
    <message>
        <source>Block User…</source>
        <translation>Block User…</translation>
    </message>
    <message>
        <source>Remove Block…</source>
        <translation>Remove Block…</translation>
    </message>
    <message>
        <source>No user is blocked.
Users are blocked after too many failed attempts (see Security Settings), or by hand (Ctrl+N).</source>
        <translation>No user is blocked.
Users are blocked after too many failed attempts (see Security Settings), or by hand (Ctrl+N).</translation>
    </message>
    <message>
        <source>“%1” blocked</source>
        <translation>“%1” blocked</translation>
    </message>
    <message>
        <source>Remove the block on “%1”?</source>
        <translation>Remove the block on “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n block(s)?</source>
        <translation>
            <numerusform>Remove %n block?</numerusform>
            <numerusform>Remove %n blocks?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Block</source>
        <translation>Remove Block</translation>
    </message>
    <message>
        <source>The failed attempts counted so far are forgotten too.</source>
        <translation>The failed attempts counted so far are forgotten too.</translation>
    </message>
    <message>
        <source>Could not remove the block</source>
        <translation>Could not remove the block</translation>
    </message>
    <message>
        <source>Block on “%1” removed</source>
        <translation>Block on “%1” removed</translation>
    </message>
</context>
<context>
    <name>castellan::console::CertificateApprovalDialog</name>
    <message>
        <source>Trust This Server?</source>
        <translation>Trust This Server?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; presented a certificate that no certificate authority vouches for. This is expected the first time you connect to a server with its own self-signed certificate.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; presented a certificate that no certificate authority vouches for. This is expected the first time you connect to a server with its own self-signed certificate.</translation>
    </message>
    <message>
        <source>Trust it only if this SHA-256 fingerprint is the one the server printed when it created its certificate (&quot;created a self-signed TLS certificate … (SHA-256 …)&quot; in its log). The console will then refuse any other certificate from this server.</source>
        <translation>Trust it only if this SHA-256 fingerprint is the one the server printed when it created its certificate (&quot;created a self-signed TLS certificate … (SHA-256 …)&quot; in its log). The console will then refuse any other certificate from this server.</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Trust and Connect</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
</context>
<context>
    <name>castellan::console::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Connect to Server</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Sign In</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>&amp;Change Password</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirm</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Certificate Changed</source>
        <translation>Certificate Changed</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1 has changed.&lt;/b&gt; The connection was refused.</source>
        <translation>&lt;b&gt;The certificate of %1 has changed.&lt;/b&gt; The connection was refused.</translation>
    </message>
    <message>
        <source>Trusted: %1
Presented now: %2

Someone may be intercepting the connection. If the server&apos;s certificate was replaced on purpose, forget the trusted certificate and connect again.</source>
        <translation>Trusted: %1
Presented now: %2

Someone may be intercepting the connection. If the server&apos;s certificate was replaced on purpose, forget the trusted certificate and connect again.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Changing the password…</translation>
    </message>
    <message>
        <source>Preparing the enrollment…</source>
        <translation>Preparing the enrollment…</translation>
    </message>
    <message>
        <source>Confirming…</source>
        <translation>Confirming…</translation>
    </message>
    <message>
        <source>Forget Trusted Certificate</source>
        <translation>Forget Trusted Certificate</translation>
    </message>
    <message>
        <source>Forget the certificate trusted for %1?</source>
        <translation>Forget the certificate trusted for %1?</translation>
    </message>
    <message>
        <source>The next connection will show the server&apos;s certificate for you to check again.</source>
        <translation>The next connection will show the server&apos;s certificate for you to check again.</translation>
    </message>
</context>
<context>
    <name>castellan::console::CsvFilePage</name>
    <message>
        <source>Import nothing if any line is invalid</source>
        <translation>Import nothing if any line is invalid</translation>
    </message>
    <message>
        <source>Import the valid lines and skip the invalid ones</source>
        <translation>Import the valid lines and skip the invalid ones</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>Choose a CSV File</translation>
    </message>
    <message>
        <source>One user per line. The first line names the columns: username, first_name, last_name, email, phone, password, expires_at, framed_ip, sponsor_name, sponsor_email, description (only username is required; common spreadsheet names such as &quot;E-mail&quot; or &quot;Mobile&quot; work too).</source>
        <translation>One user per line. The first line names the columns: username, first_name, last_name, email, phone, password, expires_at, framed_ip, sponsor_name, sponsor_email, description (only username is required; common spreadsheet names such as &quot;E-mail&quot; or &quot;Mobile&quot; work too).</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Invalid lines:</source>
        <translation>Invalid lines:</translation>
    </message>
    <message>
        <source>Import Users</source>
        <translation>Import Users</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>File Too Large</source>
        <translation>File Too Large</translation>
    </message>
    <message>
        <source>Cannot Read the File</source>
        <translation>Cannot Read the File</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
</context>
<context>
    <name>castellan::console::CsvImportPage</name>
    <message>
        <source>Cancel Import</source>
        <translation>Cancel Import</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Uploading and importing…</source>
        <translation>Uploading and importing…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>The import was cancelled. The server imports a file in one transaction, so either all of it or none of it may have been stored; check the list.</source>
        <translation>The import was cancelled. The server imports a file in one transaction, so either all of it or none of it may have been stored; check the list.</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>The import failed: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported</source>
        <translation>
            <numerusform>%n user imported</numerusform>
            <numerusform>%n users imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n line(s) skipped.</source>
        <translation>
            <numerusform>, %n line skipped.</numerusform>
            <numerusform>, %n lines skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>castellan::console::CsvImportWizard</name>
    <message>
        <source>Import Users</source>
        <translation>Import Users</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>This file is %1; the server accepts files of up to %2. Split it into smaller files and import them one by one.</source>
        <translation>This file is %1; the server accepts files of up to %2. Split it into smaller files and import them one by one.</translation>
    </message>
    <message>
        <source>One user per line. The first line names the columns: username, first_name, last_name, email, phone, password, expires_at, framed_ip, sponsor_name, sponsor_email, description (only username is required; common spreadsheet names such as &quot;E-mail&quot; or &quot;Mobile&quot; work too).</source>
        <translation>One user per line. The first line names the columns: username, first_name, last_name, email, phone, password, expires_at, framed_ip, sponsor_name, sponsor_email, description (only username is required; common spreadsheet names such as &quot;E-mail&quot; or &quot;Mobile&quot; work too).</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported</source>
        <translation>
            <numerusform>%n user imported</numerusform>
            <numerusform>%n users imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Hardware Tokens</source>
        <translation>Import Hardware Tokens</translation>
    </message>
    <message>
        <source>One token per line, as the vendor ships the seeds. Columns: username, serial, secret (base32) or secret_hex; optionally counter, digits, algorithm, label. The users must exist.</source>
        <translation>One token per line, as the vendor ships the seeds. Columns: username, serial, secret (base32) or secret_hex; optionally counter, digits, algorithm, label. The users must exist.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) imported</source>
        <translation>
            <numerusform>%n token imported</numerusform>
            <numerusform>%n tokens imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>castellan::console::CsvPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>The server checks every line without importing anything yet.</source>
        <translation>The server checks every line without importing anything yet.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Checking the file on the server…</source>
        <translation>Checking the file on the server…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>The file could not be checked: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read, </source>
        <translation>
            <numerusform>%n line read, </numerusform>
            <numerusform>%n lines read, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid, </source>
        <translation>
            <numerusform>%n valid, </numerusform>
            <numerusform>%n valid, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n problem.</numerusform>
            <numerusform>%n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines with problems will be skipped.</source>
        <translation>Lines with problems will be skipped.</translation>
    </message>
    <message>
        <source>Correct them, or choose to skip invalid lines, to import.</source>
        <translation>Correct them, or choose to skip invalid lines, to import.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Reading the file was cancelled.</translation>
    </message>
</context>
<context>
    <name>castellan::console::DurationEdit</name>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
</context>
<context>
    <name>castellan::console::EnrollmentDialog</name>
    <message>
        <source>SoftOTP Enrollment</source>
        <translation>SoftOTP Enrollment</translation>
    </message>
    <message>
        <source>Preparing the enrollment for &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation>Preparing the enrollment for &lt;b&gt;%1&lt;/b&gt;…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <source>The enrollment could not be started: %1</source>
        <translation>The enrollment could not be started: %1</translation>
    </message>
    <message>
        <source>Ask &lt;b&gt;%1&lt;/b&gt; to scan this code with the Castellan app (any authenticator app works for codes alone). The first code the app shows verifies the device.</source>
        <translation>Ask &lt;b&gt;%1&lt;/b&gt; to scan this code with the Castellan app (any authenticator app works for codes alone). The first code the app shows verifies the device.</translation>
    </message>
</context>
<context>
    <name>castellan::console::ExpirationDialog</name>
    <message>
        <source>Set Expiration</source>
        <translation>Set Expiration</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>&amp;Set to:</source>
        <translation>&amp;Set to:</translation>
    </message>
    <message>
        <source>E&amp;xtend each user&apos;s own date by:</source>
        <translation>E&amp;xtend each user&apos;s own date by:</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 days</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 days</translation>
    </message>
    <message>
        <source>1 year (calendar)</source>
        <translation>1 year (calendar)</translation>
    </message>
    <message numerus="yes">
        <source>Apply moves the expiration of each of the %n selected user(s) later by %1, from that user&apos;s own date. Users who never expire stay so; users already expired get it from today.</source>
        <translation>
            <numerusform>Apply moves the expiration of the %n selected user later by %1, from that user&apos;s own date. Users who never expire stay so; users already expired get it from today.</numerusform>
            <numerusform>Apply moves the expiration of each of the %n selected users later by %1, from that user&apos;s own date. Users who never expire stay so; users already expired get it from today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply sets the expiration of the %n selected user(s) to %1.</source>
        <translation>
            <numerusform>Apply sets the expiration of the %n selected user to %1.</numerusform>
            <numerusform>Apply sets the expiration of the %n selected users to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply makes the %n selected user(s) never expire.</source>
        <translation>
            <numerusform>Apply makes the %n selected user never expire.</numerusform>
            <numerusform>Apply makes the %n selected users never expire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>castellan::console::ExpiryField</name>
    <message>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
</context>
<context>
    <name>castellan::console::LicenseAlarmsDialog</name>
    <message>
        <source>License Alarms</source>
        <translation>License Alarms</translation>
    </message>
    <message>
        <source>E-mails warn before the support period ends and as the month&apos;s users approach the limit; each alarm is sent once.</source>
        <translation>E-mails warn before the support period ends and as the month&apos;s users approach the limit; each alarm is sent once.</translation>
    </message>
    <message>
        <source>One e-mail address per line</source>
        <translation>One e-mail address per line</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <source>&amp;Days before support ends:</source>
        <translation>&amp;Days before support ends:</translation>
    </message>
    <message>
        <source>&amp;Percent of the user limit:</source>
        <translation>&amp;Percent of the user limit:</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Sent alarms:</source>
        <translation>Sent alarms:</translation>
    </message>
    <message>
        <source>Support ends (%1)</source>
        <translation>Support ends (%1)</translation>
    </message>
    <message>
        <source>Users (%1)</source>
        <translation>Users (%1)</translation>
    </message>
    <message>
        <source>must be whole numbers separated by commas</source>
        <translation>must be whole numbers separated by commas</translation>
    </message>
</context>
<context>
    <name>castellan::console::LicenseKeyDialog</name>
    <message>
        <source>Enter License Key</source>
        <translation>Enter License Key</translation>
    </message>
    <message>
        <source>Paste the key the vendor sent for App Key &lt;b&gt;%1&lt;/b&gt;. It replaces the license in force at once.</source>
        <translation>Paste the key the vendor sent for App Key &lt;b&gt;%1&lt;/b&gt;. It replaces the license in force at once.</translation>
    </message>
    <message>
        <source>License &amp;key:</source>
        <translation>License &amp;key:</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Install</translation>
    </message>
</context>
<context>
    <name>castellan::console::LicensePage</name>
    <message>
        <source>Could not load the license: %1</source>
        <translation>Could not load the license: %1</translation>
    </message>
    <message>
        <source>The support period has ended: sign-ins are refused until a new license key is entered.</source>
        <translation>The support period has ended: sign-ins are refused until a new license key is entered.</translation>
    </message>
    <message>
        <source>License for %1 installed</source>
        <translation>License for %1 installed</translation>
    </message>
    <message>
        <source>License alarms saved</source>
        <translation>License alarms saved</translation>
    </message>
    <message>
        <source>Save App Key File</source>
        <translation>Save App Key File</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Could not get the App Key file</source>
        <translation>Could not get the App Key file</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Not Saved</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>App Key file saved to %1</source>
        <translation>App Key file saved to %1</translation>
    </message>
    <message>
        <source>Preparing the App Key file…</source>
        <translation>Preparing the App Key file…</translation>
    </message>
    <message>
        <source>Enter License Key…</source>
        <translation>Enter License Key…</translation>
    </message>
    <message>
        <source>Download App Key File…</source>
        <translation>Download App Key File…</translation>
    </message>
    <message>
        <source>Alarms…</source>
        <translation>Alarms…</translation>
    </message>
    <message>
        <source>Unique users per month</source>
        <translation>Unique users per month</translation>
    </message>
    <message>
        <source>Users counted in the month</source>
        <translation>Users counted in the month</translation>
    </message>
</context>
<context>
    <name>castellan::console::LicenseSummaryView</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>License %1</source>
        <translation>License %1</translation>
    </message>
    <message>
        <source>%1 — ended</source>
        <translation>%1 — ended</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n day(s) left</source>
        <translation>
            <numerusform>%1 — %n day left</numerusform>
            <numerusform>%1 — %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Company:</translation>
    </message>
    <message>
        <source>License type:</source>
        <translation>License type:</translation>
    </message>
    <message>
        <source>Users this month:</source>
        <translation>Users this month:</translation>
    </message>
    <message>
        <source>Support ends:</source>
        <translation>Support ends:</translation>
    </message>
    <message>
        <source>Push subscription:</source>
        <translation>Push subscription:</translation>
    </message>
    <message>
        <source>App Key:</source>
        <translation>App Key:</translation>
    </message>
    <message>
        <source>Send this key to the vendor to receive your license key</source>
        <translation>Send this key to the vendor to receive your license key</translation>
    </message>
    <message>
        <source>Copy the App Key</source>
        <translation>Copy the App Key</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>castellan::console::LicenseUsageModel</name>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>First Sign-in This Month</source>
        <translation>First Sign-in This Month</translation>
    </message>
    <message>
        <source>Last Sign-in</source>
        <translation>Last Sign-in</translation>
    </message>
</context>
<context>
    <name>castellan::console::LocalUsersPage</name>
    <message>
        <source>New User…</source>
        <translation>New User…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Change Password…</source>
        <translation>Change Password…</translation>
    </message>
    <message>
        <source>Set Expiration…</source>
        <translation>Set Expiration…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Reset Passwords…</source>
        <translation>Reset Passwords…</translation>
    </message>
    <message>
        <source>Terminate Sessions…</source>
        <translation>Terminate Sessions…</translation>
    </message>
    <message>
        <source>Enroll SoftOTP…</source>
        <translation>Enroll SoftOTP…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>No local users yet.
Create one (Ctrl+N) or import a CSV file.</source>
        <translation>No local users yet.
Create one (Ctrl+N) or import a CSV file.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>User “%1” created</source>
        <translation>User “%1” created</translation>
    </message>
    <message>
        <source>Temporary Password</source>
        <translation>Temporary Password</translation>
    </message>
    <message>
        <source>Give this temporary password to %1; it must be changed at the first sign-in.</source>
        <translation>Give this temporary password to %1; it must be changed at the first sign-in.</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>User “%1” saved</source>
        <translation>User “%1” saved</translation>
    </message>
    <message>
        <source>Could not change the user</source>
        <translation>Could not change the user</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Password of “%1” changed</source>
        <translation>Password of “%1” changed</translation>
    </message>
    <message>
        <source>Expiration of %1.</source>
        <translation>Expiration of %1.</translation>
    </message>
    <message numerus="yes">
        <source>Expiration set for %n user(s)</source>
        <translation>
            <numerusform>Expiration set for %n user</numerusform>
            <numerusform>Expiration set for %n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Passwords</source>
        <translation>Reset Passwords</translation>
    </message>
    <message>
        <source>Give %1 a new temporary password?</source>
        <translation>Give %1 a new temporary password?</translation>
    </message>
    <message>
        <source>Their current passwords stop working; each must choose a new one at the next sign-in.</source>
        <translation>Their current passwords stop working; each must choose a new one at the next sign-in.</translation>
    </message>
    <message>
        <source>Could not reset the passwords</source>
        <translation>Could not reset the passwords</translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) reset</source>
        <translation>
            <numerusform>%n password reset</numerusform>
            <numerusform>%n passwords reset</numerusform>
        </translation>
    </message>
    <message>
        <source>Resetting passwords…</source>
        <translation>Resetting passwords…</translation>
    </message>
    <message>
        <source>Terminate Sessions</source>
        <translation>Terminate Sessions</translation>
    </message>
    <message>
        <source>End every session of %1?</source>
        <translation>End every session of %1?</translation>
    </message>
    <message>
        <source>Sign-ins in progress are cancelled; the user must sign in again.</source>
        <translation>Sign-ins in progress are cancelled; the user must sign in again.</translation>
    </message>
    <message>
        <source>Could not terminate the sessions</source>
        <translation>Could not terminate the sessions</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of %1 ended</source>
        <translation>
            <numerusform>%n session of %1 ended</numerusform>
            <numerusform>%n sessions of %1 ended</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Users</source>
        <translation>Delete Users</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Delete %1?</translation>
    </message>
    <message>
        <source>Their second factors and devices are deleted with them. This cannot be undone.</source>
        <translation>Their second factors and devices are deleted with them. This cannot be undone.</translation>
    </message>
    <message>
        <source>Could not delete the user</source>
        <translation>Could not delete the user</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) deleted</source>
        <translation>
            <numerusform>%n user deleted</numerusform>
            <numerusform>%n users deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported</source>
        <translation>
            <numerusform>%n user imported</numerusform>
            <numerusform>%n users imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Export Users</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the users</source>
        <translation>Could not export the users</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Not Saved</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Users exported to %1</source>
        <translation>Users exported to %1</translation>
    </message>
    <message>
        <source>Exporting users…</source>
        <translation>Exporting users…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Import Hardware Tokens…</source>
        <translation>Import Hardware Tokens…</translation>
    </message>
    <message numerus="yes">
        <source>%n hardware token(s) imported</source>
        <translation>
            <numerusform>%n hardware token imported</numerusform>
            <numerusform>%n hardware tokens imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Directory User…</source>
        <translation>Add Directory User…</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Directory user “%1” added</source>
        <translation>Directory user “%1” added</translation>
    </message>
</context>
<context>
    <name>castellan::console::MainWindow</name>
    <message>
        <source>Castellan Console</source>
        <translation>Castellan Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Connect…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>&amp;Log Out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;System Default</translation>
    </message>
    <message>
        <source>&amp;About Castellan Console</source>
        <translation>&amp;About Castellan Console</translation>
    </message>
    <message>
        <source>Token kept in memory only (no keychain)</source>
        <translation>Token kept in memory only (no keychain)</translation>
    </message>
    <message>
        <source>No system keychain is available, so you will have to sign in again after restarting the console.</source>
        <translation>No system keychain is available, so you will have to sign in again after restarting the console.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>No server</source>
        <translation>No server</translation>
    </message>
    <message>
        <source>Admin: %1</source>
        <translation>Admin: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>The connection dialog is not available yet.</source>
        <translation>The connection dialog is not available yet.</translation>
    </message>
    <message>
        <source>About Castellan Console</source>
        <translation>About Castellan Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Castellan Console %1&lt;/h3&gt;&lt;p&gt;Administration console for the Castellan MFA server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Castellan Console %1&lt;/h3&gt;&lt;p&gt;Administration console for the Castellan MFA server.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connection lost</translation>
    </message>
</context>
<context>
    <name>castellan::console::OperationProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>castellan::console::PageActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
</context>
<context>
    <name>castellan::console::PagerBar</name>
    <message>
        <source>No entries</source>
        <translation>No entries</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 of %3</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · page %2 of %3</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
</context>
<context>
    <name>castellan::console::PasswordChangeForm</name>
    <message>
        <source>&lt;b&gt;Choose your own password.&lt;/b&gt; The password you signed in with was for the first sign-in only.</source>
        <translation>&lt;b&gt;Choose your own password.&lt;/b&gt; The password you signed in with was for the first sign-in only.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirm password:</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n character(s), must not be or contain your username, and must differ from the password you signed in with. A phrase of a few words is easiest to remember.</source>
        <translation>
            <numerusform>The new password needs at least %n character, must not be or contain your username, and must differ from the password you signed in with. A phrase of a few words is easiest to remember.</numerusform>
            <numerusform>The new password needs at least %n characters, must not be or contain your username, and must differ from the password you signed in with. A phrase of a few words is easiest to remember.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>castellan::console::PlaceholderPage</name>
    <message>
        <source>This page needs a connection to a Castellan server.</source>
        <translation>This page needs a connection to a Castellan server.</translation>
    </message>
    <message>
        <source>Connect to Server…</source>
        <translation>Connect to Server…</translation>
    </message>
    <message>
        <source>The server you are connected to does not offer this page: it is an older version. Update the server to use it.</source>
        <translation>The server you are connected to does not offer this page: it is an older version. Update the server to use it.</translation>
    </message>
</context>
<context>
    <name>castellan::console::RadiusClientDialog</name>
    <message>
        <source>New RADIUS Client</source>
        <translation>New RADIUS Client</translation>
    </message>
    <message>
        <source>A VPN concentrator, Wi-Fi controller or switch that asks this server to authenticate users. Its requests must come from the source address or network and be signed with the shared secret.</source>
        <translation>A VPN concentrator, Wi-Fi controller or switch that asks this server to authenticate users. Its requests must come from the source address or network and be signed with the shared secret.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Edit RADIUS Client</source>
        <translation>Edit RADIUS Client</translation>
    </message>
    <message>
        <source>Unchanged (Generate makes a new one)</source>
        <translation>Unchanged (Generate makes a new one)</translation>
    </message>
    <message>
        <source>192.0.2.10 or 10.20.0.0/16</source>
        <translation>192.0.2.10 or 10.20.0.0/16</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <source>Require Message-Authenticator in every request</source>
        <translation>Require Message-Authenticator in every request</translation>
    </message>
    <message>
        <source>The only enabled RADIUS profile</source>
        <translation>The only enabled RADIUS profile</translation>
    </message>
    <message>
        <source>Answer this client&apos;s requests</source>
        <translation>Answer this client&apos;s requests</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Shared s&amp;ecret:</source>
        <translation>Shared s&amp;ecret:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Security:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Copy this secret into the RADIUS client&apos;s configuration now: the server keeps it sealed and never shows it again.</source>
        <translation>Copy this secret into the RADIUS client&apos;s configuration now: the server keeps it sealed and never shows it again.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Turn Off Message-Authenticator</source>
        <translation>Turn Off Message-Authenticator</translation>
    </message>
    <message>
        <source>Accept requests from this client without Message-Authenticator?</source>
        <translation>Accept requests from this client without Message-Authenticator?</translation>
    </message>
    <message>
        <source>Without it, an attacker between the client and this server can forge an Access-Accept (BlastRADIUS, CVE-2024-3596). Turn it off only for old equipment that cannot send it, and only on a network you trust. Requests carrying Proxy-State still need it.</source>
        <translation>Without it, an attacker between the client and this server can forge an Access-Accept (BlastRADIUS, CVE-2024-3596). Turn it off only for old equipment that cannot send it, and only on a network you trust. Requests carrying Proxy-State still need it.</translation>
    </message>
</context>
<context>
    <name>castellan::console::RadiusClientModel</name>
    <message>
        <source>%1 (%2 accepted, %3 rejected, %4 challenged)</source>
        <translation>%1 (%2 accepted, %3 rejected, %4 challenged)</translation>
    </message>
    <message>
        <source>(the only RADIUS profile)</source>
        <translation>(the only RADIUS profile)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Not required</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>Counted by the server you are connected to since %1</source>
        <translation>Counted by the server you are connected to since %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Message-Authenticator</source>
        <translation>Message-Authenticator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last Request</source>
        <translation>Last Request</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
</context>
<context>
    <name>castellan::console::RadiusClientsPage</name>
    <message>
        <source>New Client…</source>
        <translation>New Client…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Disable…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>No RADIUS clients yet.
Add each VPN concentrator, Wi-Fi controller or switch (Ctrl+N) with the address it sends from and a shared secret.</source>
        <translation>No RADIUS clients yet.
Add each VPN concentrator, Wi-Fi controller or switch (Ctrl+N) with the address it sends from and a shared secret.</translation>
    </message>
    <message>
        <source>RADIUS client “%1” created</source>
        <translation>RADIUS client “%1” created</translation>
    </message>
    <message>
        <source>RADIUS client “%1” saved</source>
        <translation>RADIUS client “%1” saved</translation>
    </message>
    <message>
        <source>Could not change the RADIUS client</source>
        <translation>Could not change the RADIUS client</translation>
    </message>
    <message>
        <source>RADIUS client “%1” enabled</source>
        <translation>RADIUS client “%1” enabled</translation>
    </message>
    <message>
        <source>RADIUS client “%1” disabled</source>
        <translation>RADIUS client “%1” disabled</translation>
    </message>
    <message>
        <source>Disable RADIUS Client</source>
        <translation>Disable RADIUS Client</translation>
    </message>
    <message>
        <source>Disable “%1”?</source>
        <translation>Disable “%1”?</translation>
    </message>
    <message>
        <source>Requests from its address are no longer answered until it is enabled again.</source>
        <translation>Requests from its address are no longer answered until it is enabled again.</translation>
    </message>
    <message>
        <source>Delete the RADIUS client “%1”?</source>
        <translation>Delete the RADIUS client “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n RADIUS client(s)?</source>
        <translation>
            <numerusform>Delete %n RADIUS client?</numerusform>
            <numerusform>Delete %n RADIUS clients?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete RADIUS Client</source>
        <translation>Delete RADIUS Client</translation>
    </message>
    <message>
        <source>Requests from its address are no longer answered.</source>
        <translation>Requests from its address are no longer answered.</translation>
    </message>
    <message>
        <source>Could not delete the RADIUS client</source>
        <translation>Could not delete the RADIUS client</translation>
    </message>
</context>
<context>
    <name>castellan::console::RemoteConfigurationDialog</name>
    <message>
        <source>Ask for the app&apos;s PIN before showing a code or answering a push</source>
        <translation>Ask for the app&apos;s PIN before showing a code or answering a push</translation>
    </message>
    <message>
        <source>Ask for a fingerprint or face before showing a code or answering a push</source>
        <translation>Ask for a fingerprint or face before showing a code or answering a push</translation>
    </message>
    <message>
        <source>Remote Configuration</source>
        <translation>Remote Configuration</translation>
    </message>
    <message>
        <source>Settings for %1&apos;s device “%2”. The app applies them at its next sync.</source>
        <translation>Settings for %1&apos;s device “%2”. The app applies them at its next sync.</translation>
    </message>
    <message numerus="yes">
        <source>Settings for %n device(s). The apps apply them at their next sync.</source>
        <translation>
            <numerusform>Settings for %n device. The apps apply them at their next sync.</numerusform>
            <numerusform>Settings for %n devices. The apps apply them at their next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN required:</source>
        <translation>PIN required:</translation>
    </message>
    <message>
        <source>Biometric required:</source>
        <translation>Biometric required:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>The selected devices differ here; choose a value for all of them.</source>
        <translation>The selected devices differ here; choose a value for all of them.</translation>
    </message>
</context>
<context>
    <name>castellan::console::ReplyAttributesEditor</name>
    <message>
        <source>&amp;Add Attribute</source>
        <translation>&amp;Add Attribute</translation>
    </message>
    <message>
        <source>Attribute, e.g. Filter-Id</source>
        <translation>Attribute, e.g. Filter-Id</translation>
    </message>
    <message>
        <source>Value, e.g. vpn-{username}</source>
        <translation>Value, e.g. vpn-{username}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>castellan::console::SecretRevealDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy it now.&lt;/b&gt; It is shown only once and cannot be retrieved later.</source>
        <translation>&lt;b&gt;Copy it now.&lt;/b&gt; It is shown only once and cannot be retrieved later.</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret:</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>castellan::console::SecuritySettingsPage</name>
    <message>
        <source>Failed sign-in attempts are counted per user in a sliding window. When they reach the limit, the user is blocked on every channel.</source>
        <translation>Failed sign-in attempts are counted per user in a sliding window. When they reach the limit, the user is blocked on every channel.</translation>
    </message>
    <message>
        <source>Failed attempt &amp;limit:</source>
        <translation>Failed attempt &amp;limit:</translation>
    </message>
    <message>
        <source>Counted &amp;within:</source>
        <translation>Counted &amp;within:</translation>
    </message>
    <message>
        <source>&amp;Block for:</source>
        <translation>&amp;Block for:</translation>
    </message>
    <message>
        <source>Permanent block:</source>
        <translation>Permanent block:</translation>
    </message>
    <message>
        <source>Block until an admin removes the block</source>
        <translation>Block until an admin removes the block</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) within %1 block a user until an admin removes the block.</source>
        <translation>
            <numerusform>%n failed attempt within %1 block a user until an admin removes the block.</numerusform>
            <numerusform>%n failed attempts within %1 block a user until an admin removes the block.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) within %1 block a user for %2.</source>
        <translation>
            <numerusform>%n failed attempt within %1 block a user for %2.</numerusform>
            <numerusform>%n failed attempts within %1 block a user for %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another admin changed these settings since you opened them. Revert to see theirs, then make your change again.</source>
        <translation>Another admin changed these settings since you opened them. Revert to see theirs, then make your change again.</translation>
    </message>
    <message>
        <source>Security settings saved</source>
        <translation>Security settings saved</translation>
    </message>
    <message>
        <source>Failures per &amp;address:</source>
        <translation>Failures per &amp;address:</translation>
    </message>
    <message>
        <source>Per address &amp;within:</source>
        <translation>Per address &amp;within:</translation>
    </message>
    <message>
        <source>Minimum password &amp;length:</source>
        <translation>Minimum password &amp;length:</translation>
    </message>
    <message>
        <source>Failed sign-ins from one network address (any user) within its window before further attempts from it are slowed down, against password spraying.</source>
        <translation>Failed sign-ins from one network address (any user) within its window before further attempts from it are slowed down, against password spraying.</translation>
    </message>
</context>
<context>
    <name>castellan::console::SetPasswordDialog</name>
    <message>
        <source>Set this password</source>
        <translation>Set this password</translation>
    </message>
    <message>
        <source>Generate a temporary password</source>
        <translation>Generate a temporary password</translation>
    </message>
    <message>
        <source>The user must change it at the next sign-in</source>
        <translation>The user must change it at the next sign-in</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Change Password</translation>
    </message>
    <message>
        <source>New password for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>New password for &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirm:</translation>
    </message>
</context>
<context>
    <name>castellan::console::SignInForm</name>
    <message>
        <source>Forget Trusted Certificate…</source>
        <translation>Forget Trusted Certificate…</translation>
    </message>
    <message>
        <source>Sign in to a Castellan server with your administrator account.</source>
        <translation>Sign in to a Castellan server with your administrator account.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;One-time code:</source>
        <translation>&amp;One-time code:</translation>
    </message>
    <message>
        <source>Enter the server&apos;s HTTPS address, e.g. https://mfa.example.com:8443.</source>
        <translation>Enter the server&apos;s HTTPS address, e.g. https://mfa.example.com:8443.</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <source>From your authenticator app. Leave it empty at your first sign-in: you set up the app right after.</source>
        <translation>From your authenticator app. Leave it empty at your first sign-in: you set up the app right after.</translation>
    </message>
</context>
<context>
    <name>castellan::console::SoftOtpDeviceModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No — %1</source>
        <translation>No — %1</translation>
    </message>
    <message>
        <source>The device gets the new configuration at its next sync.</source>
        <translation>The device gets the new configuration at its next sync.</translation>
    </message>
    <message>
        <source>Not enrolled yet</source>
        <translation>Not enrolled yet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>PIN Required</source>
        <translation>PIN Required</translation>
    </message>
    <message>
        <source>Biometric Required</source>
        <translation>Biometric Required</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Last Sync</source>
        <translation>Last Sync</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>castellan::console::SoftOtpUsersPage</name>
    <message>
        <source>New Enrollment…</source>
        <translation>New Enrollment…</translation>
    </message>
    <message>
        <source>Enrollment QR Code…</source>
        <translation>Enrollment QR Code…</translation>
    </message>
    <message>
        <source>Remote Configuration…</source>
        <translation>Remote Configuration…</translation>
    </message>
    <message>
        <source>Remove Device…</source>
        <translation>Remove Device…</translation>
    </message>
    <message>
        <source>No SoftOTP devices yet.
Start an enrollment (Ctrl+N) and let the user scan its QR code.</source>
        <translation>No SoftOTP devices yet.
Start an enrollment (Ctrl+N) and let the user scan its QR code.</translation>
    </message>
    <message>
        <source>New SoftOTP Enrollment</source>
        <translation>New SoftOTP Enrollment</translation>
    </message>
    <message numerus="yes">
        <source>Remote configuration set for %n device(s)</source>
        <translation>
            <numerusform>Remote configuration set for %n device</numerusform>
            <numerusform>Remote configuration set for %n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1&apos;s device “%2”?</source>
        <translation>Remove %1&apos;s device “%2”?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n device(s)?</source>
        <translation>
            <numerusform>Remove %n device?</numerusform>
            <numerusform>Remove %n devices?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Device</source>
        <translation>Remove Device</translation>
    </message>
    <message>
        <source>The device&apos;s TOTP factor is deleted with it; the app can no longer sign in.</source>
        <translation>The device&apos;s TOTP factor is deleted with it; the app can no longer sign in.</translation>
    </message>
    <message>
        <source>Could not remove the device</source>
        <translation>Could not remove the device</translation>
    </message>
</context>
<context>
    <name>castellan::console::SsoSessionModel</name>
    <message>
        <source>%1, signed in %2 as %3</source>
        <translation>%1, signed in %2 as %3</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>Source IP</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Last Seen</source>
        <translation>Last Seen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Service Providers</source>
        <translation>Service Providers</translation>
    </message>
</context>
<context>
    <name>castellan::console::SsoSessionsPage</name>
    <message>
        <source>Username…</source>
        <translation>Username…</translation>
    </message>
    <message>
        <source>Shows the sessions of the user with exactly this username</source>
        <translation>Shows the sessions of the user with exactly this username</translation>
    </message>
    <message>
        <source>End Session…</source>
        <translation>End Session…</translation>
    </message>
    <message>
        <source>End the selected sessions: the browser must sign in again (Del)</source>
        <translation>End the selected sessions: the browser must sign in again (Del)</translation>
    </message>
    <message>
        <source>No one is signed in to a SAML application.
A session starts when a user signs in to a service provider through Castellan.</source>
        <translation>No one is signed in to a SAML application.
A session starts when a user signs in to a service provider through Castellan.</translation>
    </message>
    <message>
        <source>End the SSO session of “%1”?</source>
        <translation>End the SSO session of “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>End %n SSO session(s)?</source>
        <translation>
            <numerusform>End %n SSO session?</numerusform>
            <numerusform>End %n SSO sessions?</numerusform>
        </translation>
    </message>
    <message>
        <source>End Session</source>
        <translation>End Session</translation>
    </message>
    <message>
        <source>The browser must sign in again before it opens another application.</source>
        <translation>The browser must sign in again before it opens another application.</translation>
    </message>
    <message>
        <source>Could not end the session</source>
        <translation>Could not end the session</translation>
    </message>
    <message numerus="yes">
        <source>%n SSO session(s) ended</source>
        <translation>
            <numerusform>%n SSO session ended</numerusform>
            <numerusform>%n SSO sessions ended</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>castellan::console::TablePage</name>
    <message>
        <source>Could not load the list: %1</source>
        <translation>Could not load the list: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nothing matches “%1”.</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>This server does not offer this page yet: it is older than this console. Upgrade the server to use it.</source>
        <translation>This server does not offer this page yet: it is older than this console. Upgrade the server to use it.</translation>
    </message>
</context>
<context>
    <name>castellan::console::TemporaryPasswordsDialog</name>
    <message>
        <source>Temporary Passwords</source>
        <translation>Temporary Passwords</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Temporary Password</source>
        <translation>Temporary Password</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy or save these passwords now.&lt;/b&gt; They are shown only once; each user must change theirs at the next sign-in.</source>
        <translation>&lt;b&gt;Copy or save these passwords now.&lt;/b&gt; They are shown only once; each user must change theirs at the next sign-in.</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>&amp;Copy All</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Save As…</translation>
    </message>
    <message>
        <source>Save Temporary Passwords</source>
        <translation>Save Temporary Passwords</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Not Saved</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>castellan::console::TotpEnrollmentForm</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <source>&lt;b&gt;Protect your sign-in with a second factor.&lt;/b&gt; Scan the code with an authenticator app (or type in the secret), then enter the code the app shows.</source>
        <translation>&lt;b&gt;Protect your sign-in with a second factor.&lt;/b&gt; Scan the code with an authenticator app (or type in the secret), then enter the code the app shows.</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret:</translation>
    </message>
    <message>
        <source>&amp;Code from the app:</source>
        <translation>&amp;Code from the app:</translation>
    </message>
</context>
<context>
    <name>castellan::console::UsageChart</name>
    <message>
        <source>No sign-ins counted yet.</source>
        <translation>No sign-ins counted yet.</translation>
    </message>
    <message>
        <source>Limit %1</source>
        <translation>Limit %1</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserDialog</name>
    <message>
        <source>New Local User</source>
        <translation>New Local User</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Edit Local User</source>
        <translation>Edit Local User</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>E&amp;xpiration:</source>
        <translation>E&amp;xpiration:</translation>
    </message>
    <message>
        <source>Framed &amp;IP:</source>
        <translation>Framed &amp;IP:</translation>
    </message>
    <message>
        <source>Sponsor &amp;name:</source>
        <translation>Sponsor &amp;name:</translation>
    </message>
    <message>
        <source>Sponsor e-&amp;mail:</source>
        <translation>Sponsor e-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>The user may sign in</source>
        <translation>The user may sign in</translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation>Enabled:</translation>
    </message>
    <message>
        <source>Set a password</source>
        <translation>Set a password</translation>
    </message>
    <message>
        <source>Generate a temporary password (changed at the first sign-in)</source>
        <translation>Generate a temporary password (changed at the first sign-in)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirm:</translation>
    </message>
    <message>
        <source>Managed by directory “%1”</source>
        <translation>Managed by directory “%1”</translation>
    </message>
    <message>
        <source>Managed by directory “%1”: the username, names, e-mail, phone and Framed IP come from the directory, and the user signs in with the directory&apos;s password.</source>
        <translation>Managed by directory “%1”: the username, names, e-mail, phone and Framed IP come from the directory, and the user signs in with the directory&apos;s password.</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1</source>
        <translation>
            <numerusform>Expires in %n day, on %1</numerusform>
            <numerusform>Expires in %n days, on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Must change the password at the next login</source>
        <translation>Must change the password at the next login</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>First Name</source>
        <translation>First Name</translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation>Last Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Framed IP</source>
        <translation>Framed IP</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Sponsor E-mail</source>
        <translation>Sponsor E-mail</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Signs in with the password of directory “%1”, which owns the names, e-mail and phone</source>
        <translation>Signs in with the password of directory “%1”, which owns the names, e-mail and phone</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserPickerDialog</name>
    <message>
        <source>Search users…</source>
        <translation>Search users…</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
</context>
<context>
    <name>castellan::console::AdministratorModel</name>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>None (command line)</source>
        <translation>None (command line)</translation>
    </message>
    <message>
        <source>Due at next sign-in</source>
        <translation>Due at next sign-in</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Enabled, one-time password not yet changed</source>
        <translation>Enabled, one-time password not yet changed</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Last Sign-in</source>
        <translation>Last Sign-in</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>castellan::console::AdministratorDialog</name>
    <message>
        <source>New Administrator</source>
        <translation>New Administrator</translation>
    </message>
    <message>
        <source>The new administrator gets a one-time password, shown once after saving. At the first sign-in they choose their own password and enroll an authenticator app (TOTP).</source>
        <translation>The new administrator gets a one-time password, shown once after saving. At the first sign-in they choose their own password and enroll an authenticator app (TOTP).</translation>
    </message>
    <message>
        <source>e.g. ayse.yilmaz</source>
        <translation>e.g. ayse.yilmaz</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>castellan::console::AdministratorsPage</name>
    <message>
        <source>New Administrator…</source>
        <translation>New Administrator…</translation>
    </message>
    <message>
        <source>Reset Password and TOTP…</source>
        <translation>Reset Password and TOTP…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Disable…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>No administrator matches the search.</source>
        <translation>No administrator matches the search.</translation>
    </message>
    <message>
        <source>Give this one-time password to “%1” in person or over a channel you trust. It works once: at the first sign-in they choose their own password and enroll an authenticator app.</source>
        <translation>Give this one-time password to “%1” in person or over a channel you trust. It works once: at the first sign-in they choose their own password and enroll an authenticator app.</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>Administrator Added</source>
        <translation>Administrator Added</translation>
    </message>
    <message>
        <source>Administrator “%1” added</source>
        <translation>Administrator “%1” added</translation>
    </message>
    <message>
        <source>Reset Administrator</source>
        <translation>Reset Administrator</translation>
    </message>
    <message>
        <source>Reset the password and TOTP of “%1”?</source>
        <translation>Reset the password and TOTP of “%1”?</translation>
    </message>
    <message>
        <source>Their sessions end at once. They sign in with a new one-time password, choose a password and enroll an authenticator app again.</source>
        <translation>Their sessions end at once. They sign in with a new one-time password, choose a password and enroll an authenticator app again.</translation>
    </message>
    <message>
        <source>Could not reset the administrator</source>
        <translation>Could not reset the administrator</translation>
    </message>
    <message>
        <source>New One-Time Password</source>
        <translation>New One-Time Password</translation>
    </message>
    <message>
        <source>Could not change the administrator</source>
        <translation>Could not change the administrator</translation>
    </message>
    <message>
        <source>Administrator “%1” enabled</source>
        <translation>Administrator “%1” enabled</translation>
    </message>
    <message>
        <source>Administrator “%1” disabled</source>
        <translation>Administrator “%1” disabled</translation>
    </message>
    <message>
        <source>Disable Administrator</source>
        <translation>Disable Administrator</translation>
    </message>
    <message>
        <source>Disable “%1”?</source>
        <translation>Disable “%1”?</translation>
    </message>
    <message>
        <source>Their sessions end at once and they cannot sign in until enabled again.</source>
        <translation>Their sessions end at once and they cannot sign in until enabled again.</translation>
    </message>
    <message>
        <source>Remove Administrator</source>
        <translation>Remove Administrator</translation>
    </message>
    <message>
        <source>Remove the administrator “%1”?</source>
        <translation>Remove the administrator “%1”?</translation>
    </message>
    <message>
        <source>Their sessions end at once. The audit log keeps what they did.</source>
        <translation>Their sessions end at once. The audit log keeps what they did.</translation>
    </message>
    <message>
        <source>Could not remove the administrator</source>
        <translation>Could not remove the administrator</translation>
    </message>
    <message>
        <source>Administrator “%1” removed</source>
        <translation>Administrator “%1” removed</translation>
    </message>
</context>
<context>
    <name>castellan::console::DeliveryChannelForm</name>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>SMTP &amp;server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;STARTTLS (required before sign-in and sending):</source>
        <translation>&amp;STARTTLS (required before sign-in and sending):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Timeout (seconds):</source>
        <translation>&amp;Timeout (seconds):</translation>
    </message>
    <message>
        <source>Gateway &amp;URL:</source>
        <translation>Gateway &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>&amp;Content type:</source>
        <translation>&amp;Content type:</translation>
    </message>
    <message>
        <source>&amp;Body template:</source>
        <translation>&amp;Body template:</translation>
    </message>
    <message>
        <source>&amp;Headers (API keys):</source>
        <translation>&amp;Headers (API keys):</translation>
    </message>
    <message>
        <source>&amp;Accepted statuses:</source>
        <translation>&amp;Accepted statuses:</translation>
    </message>
    <message>
        <source>Answer must &amp;contain:</source>
        <translation>Answer must &amp;contain:</translation>
    </message>
    <message>
        <source>E-mail codes and license alarms are sent through this SMTP server. The password is stored sealed under the server&apos;s master key and is never shown again.</source>
        <translation>E-mail codes and license alarms are sent through this SMTP server. The password is stored sealed under the server&apos;s master key and is never shown again.</translation>
    </message>
    <message>
        <source>Text message codes go to your SMS provider&apos;s HTTP API. The URL and the body may hold {phone}, {phone_digits} and {message}. Headers (API keys) are stored sealed and never shown again.</source>
        <translation>Text message codes go to your SMS provider&apos;s HTTP API. The URL and the body may hold {phone}, {phone_digits} and {message}. Headers (API keys) are stored sealed and never shown again.</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>Leave empty to keep the stored one</translation>
    </message>
    <message>
        <source>Empty: no mail is sent</source>
        <translation>Empty: no mail is sent</translation>
    </message>
    <message>
        <source>Castellan MFA &lt;mfa@example.com&gt;</source>
        <translation>Castellan MFA &lt;mfa@example.com&gt;</translation>
    </message>
    <message>
        <source>Empty: no text messages are sent</source>
        <translation>Empty: no text messages are sent</translation>
    </message>
    <message>
        <source>Remove the stored password</source>
        <translation>Remove the stored password</translation>
    </message>
    <message>
        <source>Remove the stored headers</source>
        <translation>Remove the stored headers</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Send &amp;Test Message…</source>
        <translation>Send &amp;Test Message…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Set in the server&apos;s configuration file, which overrides what is stored here. Change it there and restart the server.</source>
        <translation>Set in the server&apos;s configuration file, which overrides what is stored here. Change it there and restart the server.</translation>
    </message>
    <message>
        <source>Stored on the server; every node uses a change within seconds.</source>
        <translation>Stored on the server; every node uses a change within seconds.</translation>
    </message>
    <message>
        <source>Not set up: nothing is sent through this channel.</source>
        <translation>Not set up: nothing is sent through this channel.</translation>
    </message>
    <message>
        <source>Another admin changed these settings since you opened them. Revert to see theirs, then make your change again.</source>
        <translation>Another admin changed these settings since you opened them. Revert to see theirs, then make your change again.</translation>
    </message>
    <message>
        <source>Mail settings saved</source>
        <translation>Mail settings saved</translation>
    </message>
    <message>
        <source>SMS settings saved</source>
        <translation>SMS settings saved</translation>
    </message>
    <message>
        <source>Send Test Message</source>
        <translation>Send Test Message</translation>
    </message>
    <message>
        <source>Send a test e-mail to:</source>
        <translation>Send a test e-mail to:</translation>
    </message>
    <message>
        <source>Send a test text message to:</source>
        <translation>Send a test text message to:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Sent to %1. Check that it arrived.</source>
        <translation>Sent to %1. Check that it arrived.</translation>
    </message>
    <message>
        <source>Not sent: %1
The server answered: %2</source>
        <translation>Not sent: %1
The server answered: %2</translation>
    </message>
</context>
<context>
    <name>castellan::console::DeliverySettingsPage</name>
    <message>
        <source>&amp;Mail (SMTP)</source>
        <translation>&amp;Mail (SMTP)</translation>
    </message>
    <message>
        <source>S&amp;MS Gateway</source>
        <translation>S&amp;MS Gateway</translation>
    </message>
</context>
<context>
    <name>castellan::console::ServerSortedHeader</name>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>This column cannot be sorted.</translation>
    </message>
    <message>
        <source>Sorted ascending; click to sort descending.</source>
        <translation>Sorted ascending; click to sort descending.</translation>
    </message>
    <message>
        <source>Sorted descending; click to sort ascending.</source>
        <translation>Sorted descending; click to sort ascending.</translation>
    </message>
    <message>
        <source>Click to sort by this column.</source>
        <translation>Click to sort by this column.</translation>
    </message>
</context>
<context>
    <name>castellan::console::DashboardPage</name>
    <message>
        <source>Could not load the dashboard: %1</source>
        <translation>Could not load the dashboard: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message numerus="yes">
        <source>accepted, %n rejected</source>
        <translation>
            <numerusform>accepted, %n rejected</numerusform>
            <numerusform>accepted, %n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>blocked now</source>
        <translation>blocked now</translation>
    </message>
    <message>
        <source>support has ended</source>
        <translation>support has ended</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of support left</source>
        <translation>
            <numerusform>%n day of support left</numerusform>
            <numerusform>%n days of support left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>users this month; %1</source>
        <translation>users this month; %1</translation>
    </message>
    <message>
        <source>no code failed to go out</source>
        <translation>no code failed to go out</translation>
    </message>
    <message>
        <source>latest: %1 to %2 at %3: %4</source>
        <translation>latest: %1 to %2 at %3: %4</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>REST API (validate)</source>
        <translation>REST API (validate)</translation>
    </message>
    <message>
        <source>RADIUS</source>
        <translation>RADIUS</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>SAML</source>
        <translation>SAML</translation>
    </message>
    <message>
        <source>Castellan app</source>
        <translation>Castellan app</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Load the figures again (F5)</source>
        <translation>Load the figures again (F5)</translation>
    </message>
    <message>
        <source>Authentications, last hour</source>
        <translation>Authentications, last hour</translation>
    </message>
    <message>
        <source>Authentications, last 24 hours</source>
        <translation>Authentications, last 24 hours</translation>
    </message>
    <message>
        <source>Blocked users</source>
        <translation>Blocked users</translation>
    </message>
    <message>
        <source>License</source>
        <translation>License</translation>
    </message>
    <message>
        <source>Codes not sent, last 24 hours</source>
        <translation>Codes not sent, last 24 hours</translation>
    </message>
    <message>
        <source>Authentications by channel</source>
        <translation>Authentications by channel</translation>
    </message>
    <message>
        <source>No authentications in the last 24 hours.</source>
        <translation>No authentications in the last 24 hours.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Accepted (1 h)</source>
        <translation>Accepted (1 h)</translation>
    </message>
    <message>
        <source>Rejected (1 h)</source>
        <translation>Rejected (1 h)</translation>
    </message>
    <message>
        <source>Accepted (24 h)</source>
        <translation>Accepted (24 h)</translation>
    </message>
    <message>
        <source>Rejected (24 h)</source>
        <translation>Rejected (24 h)</translation>
    </message>
    <message>
        <source>Challenged (24 h)</source>
        <translation>Challenged (24 h)</translation>
    </message>
    <message>
        <source>RADIUS clients heard from in the last 24 hours (by this server)</source>
        <translation>RADIUS clients heard from in the last 24 hours (by this server)</translation>
    </message>
    <message>
        <source>No RADIUS client has sent a request to this server in the last 24 hours.</source>
        <translation>No RADIUS client has sent a request to this server in the last 24 hours.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Last request</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>castellan::console::GettingStartedChecklist</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Not done yet</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>This server is not fully set up yet. Each step opens the page where you complete it.</source>
        <translation>This server is not fully set up yet. Each step opens the page where you complete it.</translation>
    </message>
    <message>
        <source>Create a registration profile: the portal where users enroll their factors needs one.</source>
        <translation>Create a registration profile: the portal where users enroll their factors needs one.</translation>
    </message>
    <message>
        <source>Add a RADIUS client (VPN, Wi-Fi) or a SAML service provider (web application).</source>
        <translation>Add a RADIUS client (VPN, Wi-Fi) or a SAML service provider (web application).</translation>
    </message>
    <message>
        <source>Set up mail or SMS delivery, so that codes and notices reach the users.</source>
        <translation>Set up mail or SMS delivery, so that codes and notices reach the users.</translation>
    </message>
    <message>
        <source>Give a first user a second factor (authenticator app, hardware token, SMS or e-mail).</source>
        <translation>Give a first user a second factor (authenticator app, hardware token, SMS or e-mail).</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserDevicesTab</name>
    <message>
        <source>&amp;Enroll SoftOTP…</source>
        <translation>&amp;Enroll SoftOTP…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>No SoftOTP devices: enroll the Castellan app.</source>
        <translation>No SoftOTP devices: enroll the Castellan app.</translation>
    </message>
    <message>
        <source>Remove Device</source>
        <translation>Remove Device</translation>
    </message>
    <message>
        <source>Remove the device “%1” of %2?</source>
        <translation>Remove the device “%1” of %2?</translation>
    </message>
    <message>
        <source>Its codes and push approvals stop working at once.</source>
        <translation>Its codes and push approvals stop working at once.</translation>
    </message>
    <message>
        <source>Could not remove the device</source>
        <translation>Could not remove the device</translation>
    </message>
    <message>
        <source>Device “%1” removed</source>
        <translation>Device “%1” removed</translation>
    </message>
    <message>
        <source>Removing the device…</source>
        <translation>Removing the device…</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserEventsTab</name>
    <message>
        <source>Search events, reasons, addresses</source>
        <translation>Search events, reasons, addresses</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserFactorsTab</name>
    <message>
        <source>Add &amp;Authenticator App…</source>
        <translation>Add &amp;Authenticator App…</translation>
    </message>
    <message>
        <source>Assign Hardware &amp;Token…</source>
        <translation>Assign Hardware &amp;Token…</translation>
    </message>
    <message>
        <source>Add S&amp;MS…</source>
        <translation>Add S&amp;MS…</translation>
    </message>
    <message>
        <source>Add E-&amp;mail…</source>
        <translation>Add E-&amp;mail…</translation>
    </message>
    <message>
        <source>Res&amp;ynchronise…</source>
        <translation>Res&amp;ynchronise…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>No second factors yet: add one above.</source>
        <translation>No second factors yet: add one above.</translation>
    </message>
    <message>
        <source>“%1” added</source>
        <translation>“%1” added</translation>
    </message>
    <message>
        <source>Authenticator App</source>
        <translation>Authenticator App</translation>
    </message>
    <message>
        <source>Let %1 scan this QR code with an authenticator app, or type the secret into it. The app then shows a new code every 30 seconds.</source>
        <translation>Let %1 scan this QR code with an authenticator app, or type the secret into it. The app then shows a new code every 30 seconds.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Remove Factor</source>
        <translation>Remove Factor</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from %3?</source>
        <translation>Remove “%1” (%2) from %3?</translation>
    </message>
    <message>
        <source>Its codes stop working at once. This cannot be undone.</source>
        <translation>Its codes stop working at once. This cannot be undone.</translation>
    </message>
    <message>
        <source>Could not remove the factor</source>
        <translation>Could not remove the factor</translation>
    </message>
    <message>
        <source>“%1” removed</source>
        <translation>“%1” removed</translation>
    </message>
    <message>
        <source>Removing the factor…</source>
        <translation>Removing the factor…</translation>
    </message>
    <message>
        <source>“%1” resynchronised</source>
        <translation>“%1” resynchronised</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserKeysTab</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>No security keys. Users register keys and passkeys themselves in the portal.</source>
        <translation>No security keys. Users register keys and passkeys themselves in the portal.</translation>
    </message>
    <message>
        <source>Remove Security Key</source>
        <translation>Remove Security Key</translation>
    </message>
    <message>
        <source>Remove the key “%1” of %2?</source>
        <translation>Remove the key “%1” of %2?</translation>
    </message>
    <message>
        <source>The key no longer signs in; the user can register it again in the portal.</source>
        <translation>The key no longer signs in; the user can register it again in the portal.</translation>
    </message>
    <message>
        <source>Could not remove the key</source>
        <translation>Could not remove the key</translation>
    </message>
    <message>
        <source>Key “%1” removed</source>
        <translation>Key “%1” removed</translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation>Removing the key…</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserPage</name>
    <message>
        <source>A&amp;liases</source>
        <translation>A&amp;liases</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expires:</translation>
    </message>
    <message>
        <source>License this month:</source>
        <translation>License this month:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>&amp;Factors</source>
        <translation>&amp;Factors</translation>
    </message>
    <message>
        <source>&amp;SoftOTP Devices</source>
        <translation>&amp;SoftOTP Devices</translation>
    </message>
    <message>
        <source>Security &amp;Keys</source>
        <translation>Security &amp;Keys</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Sess&amp;ions</translation>
    </message>
    <message>
        <source>Recent E&amp;vents</source>
        <translation>Recent E&amp;vents</translation>
    </message>
    <message>
        <source>Could not load the user: %1</source>
        <translation>Could not load the user: %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <source> · must change the password</source>
        <translation> · must change the password</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unknown (%1)</translation>
    </message>
    <message>
        <source>Counted since %1 (last sign-in %2)</source>
        <translation>Counted since %1 (last sign-in %2)</translation>
    </message>
    <message>
        <source>Not counted: no sign-in this month yet</source>
        <translation>Not counted: no sign-in this month yet</translation>
    </message>
    <message>
        <source>User “%1” saved</source>
        <translation>User “%1” saved</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Directory “%1”</source>
        <translation>Directory “%1”</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Managed by directory “%1”: the names, e-mail, phone and password come from the directory and are changed there.</source>
        <translation>Managed by directory “%1”: the names, e-mail, phone and password come from the directory and are changed there.</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserSessionsTab</name>
    <message>
        <source>&amp;End Session…</source>
        <translation>&amp;End Session…</translation>
    </message>
    <message>
        <source>End &amp;All…</source>
        <translation>End &amp;All…</translation>
    </message>
    <message>
        <source>Not signed in to the portal or any application.</source>
        <translation>Not signed in to the portal or any application.</translation>
    </message>
    <message>
        <source>End Session</source>
        <translation>End Session</translation>
    </message>
    <message>
        <source>End the session of %1 from %2?</source>
        <translation>End the session of %1 from %2?</translation>
    </message>
    <message>
        <source>The browser must sign in again; the applications it signed into are told to sign out.</source>
        <translation>The browser must sign in again; the applications it signed into are told to sign out.</translation>
    </message>
    <message>
        <source>Could not end the session</source>
        <translation>Could not end the session</translation>
    </message>
    <message>
        <source>Session of %1 ended</source>
        <translation>Session of %1 ended</translation>
    </message>
    <message>
        <source>End All Sessions</source>
        <translation>End All Sessions</translation>
    </message>
    <message>
        <source>End every session of %1?</source>
        <translation>End every session of %1?</translation>
    </message>
    <message>
        <source>Portal and SSO sessions end and sign-ins in progress are cancelled; the user must sign in again.</source>
        <translation>Portal and SSO sessions end and sign-ins in progress are cancelled; the user must sign in again.</translation>
    </message>
    <message>
        <source>Could not end the sessions</source>
        <translation>Could not end the sessions</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of %1 ended</source>
        <translation>
            <numerusform>%n session of %1 ended</numerusform>
            <numerusform>%n sessions of %1 ended</numerusform>
        </translation>
    </message>
    <message>
        <source>Ending the session…</source>
        <translation>Ending the session…</translation>
    </message>
    <message>
        <source>Ending the sessions…</source>
        <translation>Ending the sessions…</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserTab</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Could not load: %1</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserFactorModel</name>
    <message>
        <source>Authenticator app (TOTP)</source>
        <translation>Authenticator app (TOTP)</translation>
    </message>
    <message>
        <source>Hardware token (HOTP)</source>
        <translation>Hardware token (HOTP)</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Security key</translation>
    </message>
    <message>
        <source>Push (Castellan app)</source>
        <translation>Push (Castellan app)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Serial %1, %2 digits</source>
        <translation>Serial %1, %2 digits</translation>
    </message>
    <message>
        <source>%1, %2 digits, %3 s</source>
        <translation>%1, %2 digits, %3 s</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Last Used</translation>
    </message>
    <message>
        <source>%1, %2 digits, %3 s, device clock %4 s</source>
        <translation>%1, %2 digits, %3 s, device clock %4 s</translation>
    </message>
</context>
<context>
    <name>castellan::console::SecurityKeyModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>PIN or Biometrics</source>
        <translation>PIN or Biometrics</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Last Used</translation>
    </message>
</context>
<context>
    <name>castellan::console::PortalSessionModel</name>
    <message>
        <source>Portal only</source>
        <translation>Portal only</translation>
    </message>
    <message>
        <source>Signed In</source>
        <translation>Signed In</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Proved With</source>
        <translation>Proved With</translation>
    </message>
    <message>
        <source>Applications (SSO)</source>
        <translation>Applications (SSO)</translation>
    </message>
    <message>
        <source>Last Activity</source>
        <translation>Last Activity</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
</context>
<context>
    <name>castellan::console::FactorDialog</name>
    <message>
        <source>Add Authenticator App</source>
        <translation>Add Authenticator App</translation>
    </message>
    <message>
        <source>A new TOTP secret for &lt;b&gt;%1&lt;/b&gt;. The next window shows its QR code and the secret once: the user scans it with an authenticator app.</source>
        <translation>A new TOTP secret for &lt;b&gt;%1&lt;/b&gt;. The next window shows its QR code and the secret once: the user scans it with an authenticator app.</translation>
    </message>
    <message>
        <source>Assign Hardware Token</source>
        <translation>Assign Hardware Token</translation>
    </message>
    <message>
        <source>An HOTP hardware token for &lt;b&gt;%1&lt;/b&gt;: its serial number and seed as the vendor ships them.</source>
        <translation>An HOTP hardware token for &lt;b&gt;%1&lt;/b&gt;: its serial number and seed as the vendor ships them.</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Serial number:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>Base32</source>
        <translation>Base32</translation>
    </message>
    <message>
        <source>Hexadecimal</source>
        <translation>Hexadecimal</translation>
    </message>
    <message>
        <source>Seed &amp;format:</source>
        <translation>Seed &amp;format:</translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation>&amp;Counter:</translation>
    </message>
    <message>
        <source>Add SMS Codes</source>
        <translation>Add SMS Codes</translation>
    </message>
    <message>
        <source>Codes for &lt;b&gt;%1&lt;/b&gt; by SMS.</source>
        <translation>Codes for &lt;b&gt;%1&lt;/b&gt; by SMS.</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Add E-mail Codes</source>
        <translation>Add E-mail Codes</translation>
    </message>
    <message>
        <source>Codes for &lt;b&gt;%1&lt;/b&gt; by e-mail.</source>
        <translation>Codes for &lt;b&gt;%1&lt;/b&gt; by e-mail.</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>Optional: how the user recognises it</source>
        <translation>Optional: how the user recognises it</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>castellan::console::ResyncDialog</name>
    <message>
        <source>Resynchronise Token</source>
        <translation>Resynchronise Token</translation>
    </message>
    <message>
        <source>Press the button of token &lt;b&gt;%1&lt;/b&gt; twice and type both codes in the order shown. The server looks for them among the token&apos;s next 100 codes.</source>
        <translation>Press the button of token &lt;b&gt;%1&lt;/b&gt; twice and type both codes in the order shown. The server looks for them among the token&apos;s next 100 codes.</translation>
    </message>
    <message>
        <source>&amp;First code:</source>
        <translation>&amp;First code:</translation>
    </message>
    <message>
        <source>&amp;Second code:</source>
        <translation>&amp;Second code:</translation>
    </message>
    <message>
        <source>&amp;Resynchronise</source>
        <translation>&amp;Resynchronise</translation>
    </message>
    <message>
        <source>Resynchronise Authenticator App</source>
        <translation>Resynchronise Authenticator App</translation>
    </message>
    <message>
        <source>Type the code the app shows now, wait for the next one and type it too. The server looks for them within an hour of its own clock and remembers how far the device&apos;s clock is off.</source>
        <translation>Type the code the app shows now, wait for the next one and type it too. The server looks for them within an hour of its own clock and remembers how far the device&apos;s clock is off.</translation>
    </message>
</context>
<context>
    <name>castellan::console::SamlPage</name>
    <message>
        <source>Add Service Provider…</source>
        <translation>Add Service Provider…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Disable…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>No service providers yet.
Add each web application that signs in with this server (Ctrl+N) from its SAML metadata; give it this server&apos;s metadata URL below.</source>
        <translation>No service providers yet.
Add each web application that signs in with this server (Ctrl+N) from its SAML metadata; give it this server&apos;s metadata URL below.</translation>
    </message>
    <message>
        <source>Service provider “%1” added</source>
        <translation>Service provider “%1” added</translation>
    </message>
    <message>
        <source>Service provider “%1” saved</source>
        <translation>Service provider “%1” saved</translation>
    </message>
    <message>
        <source>Could not change the service provider</source>
        <translation>Could not change the service provider</translation>
    </message>
    <message>
        <source>Service provider “%1” enabled</source>
        <translation>Service provider “%1” enabled</translation>
    </message>
    <message>
        <source>Service provider “%1” disabled</source>
        <translation>Service provider “%1” disabled</translation>
    </message>
    <message>
        <source>Disable Service Provider</source>
        <translation>Disable Service Provider</translation>
    </message>
    <message>
        <source>Disable “%1”?</source>
        <translation>Disable “%1”?</translation>
    </message>
    <message>
        <source>Its users can no longer sign in to it with this server until it is enabled again.</source>
        <translation>Its users can no longer sign in to it with this server until it is enabled again.</translation>
    </message>
    <message>
        <source>Delete the service provider “%1”?</source>
        <translation>Delete the service provider “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n service provider(s)?</source>
        <translation>
            <numerusform>Delete %n service provider?</numerusform>
            <numerusform>Delete %n service providers?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Service Provider</source>
        <translation>Delete Service Provider</translation>
    </message>
    <message>
        <source>Its users can no longer sign in to it with this server; adding it again needs its metadata.</source>
        <translation>Its users can no longer sign in to it with this server; adding it again needs its metadata.</translation>
    </message>
    <message>
        <source>Could not delete the service provider</source>
        <translation>Could not delete the service provider</translation>
    </message>
</context>
<context>
    <name>castellan::console::SamlIdpPanel</name>
    <message>
        <source>Identity Provider (this server)</source>
        <translation>Identity Provider (this server)</translation>
    </message>
    <message>
        <source>Metadata URL:</source>
        <translation>Metadata URL:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Save IdP &amp;Metadata As…</source>
        <translation>Save IdP &amp;Metadata As…</translation>
    </message>
    <message>
        <source>Signing keys (the metadata publishes every key that is not retired):</source>
        <translation>Signing keys (the metadata publishes every key that is not retired):</translation>
    </message>
    <message>
        <source>&amp;Generate Next Key</source>
        <translation>&amp;Generate Next Key</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Activate…</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Retire…</translation>
    </message>
    <message>
        <source>Could not load the signing keys: %1</source>
        <translation>Could not load the signing keys: %1</translation>
    </message>
    <message>
        <source>Metadata URL copied</source>
        <translation>Metadata URL copied</translation>
    </message>
    <message>
        <source>Save IdP Metadata</source>
        <translation>Save IdP Metadata</translation>
    </message>
    <message>
        <source>SAML metadata (*.xml)</source>
        <translation>SAML metadata (*.xml)</translation>
    </message>
    <message>
        <source>Could not download the IdP metadata</source>
        <translation>Could not download the IdP metadata</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>IdP metadata saved to %1</source>
        <translation>IdP metadata saved to %1</translation>
    </message>
    <message>
        <source>Could not generate the next signing key</source>
        <translation>Could not generate the next signing key</translation>
    </message>
    <message>
        <source>Next signing key generated; the metadata publishes it now</source>
        <translation>Next signing key generated; the metadata publishes it now</translation>
    </message>
    <message>
        <source>Activate Signing Key</source>
        <translation>Activate Signing Key</translation>
    </message>
    <message>
        <source>Sign with the key %1 from now on?</source>
        <translation>Sign with the key %1 from now on?</translation>
    </message>
    <message>
        <source>Every service provider must already trust this key&apos;s certificate. It has been published in the IdP metadata since it was generated (%1): SPs that read the metadata regularly have it; SPs that were given the metadata or the certificate once must be given the new one before you activate, or their sign-ins fail. The key signing now stays published as the previous key until you retire it.</source>
        <translation>Every service provider must already trust this key&apos;s certificate. It has been published in the IdP metadata since it was generated (%1): SPs that read the metadata regularly have it; SPs that were given the metadata or the certificate once must be given the new one before you activate, or their sign-ins fail. The key signing now stays published as the previous key until you retire it.</translation>
    </message>
    <message>
        <source>Could not activate the signing key</source>
        <translation>Could not activate the signing key</translation>
    </message>
    <message>
        <source>Signing key activated</source>
        <translation>Signing key activated</translation>
    </message>
    <message>
        <source>Retire Signing Key</source>
        <translation>Retire Signing Key</translation>
    </message>
    <message>
        <source>Retire the key %1?</source>
        <translation>Retire the key %1?</translation>
    </message>
    <message>
        <source>It is taken out of the IdP metadata and its private key is erased; this cannot be undone. Retire a previous key once no service provider needs its certificate any more.</source>
        <translation>It is taken out of the IdP metadata and its private key is erased; this cannot be undone. Retire a previous key once no service provider needs its certificate any more.</translation>
    </message>
    <message>
        <source>Could not retire the signing key</source>
        <translation>Could not retire the signing key</translation>
    </message>
    <message>
        <source>Signing key retired</source>
        <translation>Signing key retired</translation>
    </message>
</context>
<context>
    <name>castellan::console::ServiceProviderDetails</name>
    <message>
        <source>Selected Service Provider</source>
        <translation>Selected Service Provider</translation>
    </message>
    <message>
        <source>Select a service provider to see its metadata.</source>
        <translation>Select a service provider to see its metadata.</translation>
    </message>
    <message>
        <source>Entity ID:</source>
        <translation>Entity ID:</translation>
    </message>
    <message>
        <source>ACS URLs:</source>
        <translation>ACS URLs:</translation>
    </message>
    <message>
        <source>Logout URL:</source>
        <translation>Logout URL:</translation>
    </message>
    <message>
        <source>Certificate SHA-256:</source>
        <translation>Certificate SHA-256:</translation>
    </message>
    <message>
        <source>Certificate expiry:</source>
        <translation>Certificate expiry:</translation>
    </message>
    <message>
        <source>AuthnRequests:</source>
        <translation>AuthnRequests:</translation>
    </message>
    <message>
        <source>Released attributes:</source>
        <translation>Released attributes:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1 (back channel, SOAP)</source>
        <translation>%1 (back channel, SOAP)</translation>
    </message>
    <message>
        <source>No signing certificate in the metadata</source>
        <translation>No signing certificate in the metadata</translation>
    </message>
    <message>
        <source>the SP&apos;s signed requests can no longer be trusted; ask for new metadata</source>
        <translation>the SP&apos;s signed requests can no longer be trusted; ask for new metadata</translation>
    </message>
    <message numerus="yes">
        <source>expires within %n day(s)</source>
        <translation>
            <numerusform>expires within %n day</numerusform>
            <numerusform>expires within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed (checked against the certificate)</source>
        <translation>Signed (checked against the certificate)</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
</context>
<context>
    <name>castellan::console::ServiceProviderDialog</name>
    <message>
        <source>Add Service Provider</source>
        <translation>Add Service Provider</translation>
    </message>
    <message>
        <source>A web application that signs its users in with this server (SAML 2.0). Its metadata names its entity ID, where assertions go (ACS) and its signing certificate.</source>
        <translation>A web application that signs its users in with this server (SAML 2.0). Its metadata names its entity ID, where assertions go (ACS) and its signing certificate.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Edit Service Provider</source>
        <translation>Edit Service Provider</translation>
    </message>
    <message>
        <source>Entity ID: %1</source>
        <translation>Entity ID: %1</translation>
    </message>
    <message>
        <source>From a fi&amp;le</source>
        <translation>From a fi&amp;le</translation>
    </message>
    <message>
        <source>Pa&amp;sted XML</source>
        <translation>Pa&amp;sted XML</translation>
    </message>
    <message>
        <source>From an https &amp;URL</source>
        <translation>From an https &amp;URL</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>The SP&apos;s metadata file (.xml)</source>
        <translation>The SP&apos;s metadata file (.xml)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&lt;md:EntityDescriptor …&gt;</source>
        <translation>&lt;md:EntityDescriptor …&gt;</translation>
    </message>
    <message>
        <source>https://app.example.com/saml/metadata (fetched by the server)</source>
        <translation>https://app.example.com/saml/metadata (fetched by the server)</translation>
    </message>
    <message>
        <source>The metadata stays as read when the service provider was added or last changed. Replace it when the service provider renews its certificate or moves its endpoints.</source>
        <translation>The metadata stays as read when the service provider was added or last changed. Replace it when the service provider renews its certificate or moves its endpoints.</translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation>Metadata:</translation>
    </message>
    <message>
        <source>Defaults to the entity ID</source>
        <translation>Defaults to the entity ID</translation>
    </message>
    <message>
        <source>Users may start the sign-in at this server (IdP-initiated)</source>
        <translation>Users may start the sign-in at this server (IdP-initiated)</translation>
    </message>
    <message>
        <source>Accept requests signed with SHA-1 (RSA-SHA1, SHA-1 digests)</source>
        <translation>Accept requests signed with SHA-1 (RSA-SHA1, SHA-1 digests)</translation>
    </message>
    <message>
        <source>Warning: SHA-1 is weak; signatures made with it can be forged. Allow it only while this service provider cannot sign with RSA-SHA256.</source>
        <translation>Warning: SHA-1 is weak; signatures made with it can be forged. Allow it only while this service provider cannot sign with RSA-SHA256.</translation>
    </message>
    <message>
        <source>The assertion</source>
        <translation>The assertion</translation>
    </message>
    <message>
        <source>The response</source>
        <translation>The response</translation>
    </message>
    <message>
        <source>Both the response and the assertion</source>
        <translation>Both the response and the assertion</translation>
    </message>
    <message>
        <source>Request signatures:</source>
        <translation>Request signatures:</translation>
    </message>
    <message>
        <source>&amp;Sign in responses:</source>
        <translation>&amp;Sign in responses:</translation>
    </message>
    <message>
        <source>Signature &amp;algorithm:</source>
        <translation>Signature &amp;algorithm:</translation>
    </message>
    <message>
        <source>The only enabled SAML profile, else Registration</source>
        <translation>The only enabled SAML profile, else Registration</translation>
    </message>
    <message>
        <source>Sign users in to this service provider</source>
        <translation>Sign users in to this service provider</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>NameID &amp;format:</source>
        <translation>NameID &amp;format:</translation>
    </message>
    <message>
        <source>NameID &amp;value:</source>
        <translation>NameID &amp;value:</translation>
    </message>
    <message>
        <source>Released attributes:</source>
        <translation>Released attributes:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Sign-in:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Service Provider Metadata</source>
        <translation>Service Provider Metadata</translation>
    </message>
    <message>
        <source>SAML metadata (*.xml);;All files (*)</source>
        <translation>SAML metadata (*.xml);;All files (*)</translation>
    </message>
    <message>
        <source>Give an https:// address: the server fetches the metadata over a verified TLS connection.</source>
        <translation>Give an https:// address: the server fetches the metadata over a verified TLS connection.</translation>
    </message>
    <message>
        <source>Choose a metadata file that can be read.</source>
        <translation>Choose a metadata file that can be read.</translation>
    </message>
    <message>
        <source>The file is larger than 1 MiB.</source>
        <translation>The file is larger than 1 MiB.</translation>
    </message>
    <message>
        <source>The server is fetching the metadata…</source>
        <translation>The server is fetching the metadata…</translation>
    </message>
</context>
<context>
    <name>castellan::console::ServiceProviderModel</name>
    <message>
        <source>No certificate</source>
        <translation>No certificate</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expired %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expires %1</translation>
    </message>
    <message>
        <source>%1 (e-mail address)</source>
        <translation>%1 (e-mail address)</translation>
    </message>
    <message>
        <source>%1 (username)</source>
        <translation>%1 (username)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>(default profile)</source>
        <translation>(default profile)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 fingerprint: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>Entity ID</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>NameID</source>
        <translation>NameID</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>IdP-Initiated</source>
        <translation>IdP-Initiated</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>castellan::console::IdpKeyModel</name>
    <message>
        <source>Active (signs)</source>
        <translation>Active (signs)</translation>
    </message>
    <message>
        <source>Next (published)</source>
        <translation>Next (published)</translation>
    </message>
    <message>
        <source>Previous (published)</source>
        <translation>Previous (published)</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>SHA-256 Fingerprint</source>
        <translation>SHA-256 Fingerprint</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
</context>
<context>
    <name>castellan::console::ProfileChoices</name>
    <message>
        <source>Could not load the profiles: %1</source>
        <translation>Could not load the profiles: %1</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (disabled)</translation>
    </message>
</context>
<context>
    <name>castellan::console::AddDirectoryUserDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add Directory User</source>
        <translation>Add Directory User</translation>
    </message>
    <message>
        <source>A directory user gets a record here at the first sign-in. Add one now to enroll their second factors before that: search the directory by the start of a login name or a name.</source>
        <translation>A directory user gets a record here at the first sign-in. Add one now to enroll their second factors before that: search the directory by the start of a login name or a name.</translation>
    </message>
    <message>
        <source>e.g. ali</source>
        <translation>e.g. ali</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Directory:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>Could not load the directories: %1</source>
        <translation>Could not load the directories: %1</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (disabled)</translation>
    </message>
    <message>
        <source>No directories yet: add one under Configuration → Directories.</source>
        <translation>No directories yet: add one under Configuration → Directories.</translation>
    </message>
    <message>
        <source>Loading the directories…</source>
        <translation>Loading the directories…</translation>
    </message>
    <message>
        <source>Could not search the directory: %1</source>
        <translation>Could not search the directory: %1</translation>
    </message>
    <message>
        <source>Searching the directory…</source>
        <translation>Searching the directory…</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>No entry matches.</source>
        <translation>No entry matches.</translation>
    </message>
    <message>
        <source>Could not add the user: %1</source>
        <translation>Could not add the user: %1</translation>
    </message>
    <message>
        <source>Adding the user…</source>
        <translation>Adding the user…</translation>
    </message>
</context>
<context>
    <name>castellan::console::DirectoriesPage</name>
    <message>
        <source>New Directory…</source>
        <translation>New Directory…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Test…</source>
        <translation>Test…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>No directories yet.
Add your Active Directory or LDAP server (Ctrl+N) so its users can sign in with their directory password.</source>
        <translation>No directories yet.
Add your Active Directory or LDAP server (Ctrl+N) so its users can sign in with their directory password.</translation>
    </message>
    <message>
        <source>Directory “%1” created</source>
        <translation>Directory “%1” created</translation>
    </message>
    <message>
        <source>Directory “%1” saved</source>
        <translation>Directory “%1” saved</translation>
    </message>
    <message>
        <source>Delete the directory “%1”?</source>
        <translation>Delete the directory “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n directories?</source>
        <translation>
            <numerusform>Delete %n directory?</numerusform>
            <numerusform>Delete %n directories?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Directory</source>
        <translation>Delete Directory</translation>
    </message>
    <message>
        <source>Its users can no longer sign in with their directory password.</source>
        <translation>Its users can no longer sign in with their directory password.</translation>
    </message>
    <message>
        <source>Could not delete the directory</source>
        <translation>Could not delete the directory</translation>
    </message>
</context>
<context>
    <name>castellan::console::DirectoryDialog</name>
    <message>
        <source>New Directory</source>
        <translation>New Directory</translation>
    </message>
    <message>
        <source>An Active Directory or LDAP server whose users sign in with their directory password. Castellan finds each user with the service account, then checks the password with a bind as the user.</source>
        <translation>An Active Directory or LDAP server whose users sign in with their directory password. Castellan finds each user with the service account, then checks the password with a bind as the user.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Create the directory first: the test uses the saved settings.</source>
        <translation>Create the directory first: the test uses the saved settings.</translation>
    </message>
    <message>
        <source>Edit Directory</source>
        <translation>Edit Directory</translation>
    </message>
    <message>
        <source>Tests the saved settings: save your changes first to test them.</source>
        <translation>Tests the saved settings: save your changes first to test them.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>&amp;Test…</source>
        <translation>&amp;Test…</translation>
    </message>
    <message>
        <source>ldaps://dc1.example.com
ldaps://dc2.example.com</source>
        <translation>ldaps://dc1.example.com
ldaps://dc2.example.com</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URLs:</translation>
    </message>
    <message>
        <source>One per line, ldap:// or ldaps://. They are tried in this order: the next one when one does not answer.</source>
        <translation>One per line, ldap:// or ldaps://. They are tried in this order: the next one when one does not answer.</translation>
    </message>
    <message>
        <source>Use StartTLS on ldap:// URLs</source>
        <translation>Use StartTLS on ldap:// URLs</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Security:</translation>
    </message>
    <message>
        <source>-----BEGIN CERTIFICATE-----
(empty: the system&apos;s certificate authorities)</source>
        <translation>-----BEGIN CERTIFICATE-----
(empty: the system&apos;s certificate authorities)</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>&amp;Load from File…</translation>
    </message>
    <message>
        <source>C&amp;A certificates:</source>
        <translation>C&amp;A certificates:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Timeout:</translation>
    </message>
    <message>
        <source>cn=castellan,ou=services,dc=example,dc=com (empty: anonymous)</source>
        <translation>cn=castellan,ou=services,dc=example,dc=com (empty: anonymous)</translation>
    </message>
    <message>
        <source>Service account &amp;DN:</source>
        <translation>Service account &amp;DN:</translation>
    </message>
    <message>
        <source>Service account &amp;password:</source>
        <translation>Service account &amp;password:</translation>
    </message>
    <message>
        <source>dc=example,dc=com</source>
        <translation>dc=example,dc=com</translation>
    </message>
    <message>
        <source>&amp;Base DN:</source>
        <translation>&amp;Base DN:</translation>
    </message>
    <message>
        <source>User &amp;filter:</source>
        <translation>User &amp;filter:</translation>
    </message>
    <message>
        <source>&amp;Login attributes:</source>
        <translation>&amp;Login attributes:</translation>
    </message>
    <message>
        <source>Comma-separated, in order. A user may sign in with any of them; the first one&apos;s value is the canonical username, counted by the license and written in the audit log.</source>
        <translation>Comma-separated, in order. A user may sign in with any of them; the first one&apos;s value is the canonical username, counted by the license and written in the audit log.</translation>
    </message>
    <message>
        <source>&amp;Unique id attribute:</source>
        <translation>&amp;Unique id attribute:</translation>
    </message>
    <message>
        <source>First name from:</source>
        <translation>First name from:</translation>
    </message>
    <message>
        <source>Last name from:</source>
        <translation>Last name from:</translation>
    </message>
    <message>
        <source>Email from:</source>
        <translation>Email from:</translation>
    </message>
    <message>
        <source>Phone from:</source>
        <translation>Phone from:</translation>
    </message>
    <message>
        <source>Framed-IP from:</source>
        <translation>Framed-IP from:</translation>
    </message>
    <message>
        <source>Attribute names, comma-separated: the first one the entry has is used.</source>
        <translation>Attribute names, comma-separated: the first one the entry has is used.</translation>
    </message>
    <message>
        <source>cn=vpn-users,ou=groups,dc=example,dc=com</source>
        <translation>cn=vpn-users,ou=groups,dc=example,dc=com</translation>
    </message>
    <message>
        <source>Required &amp;groups:</source>
        <translation>Required &amp;groups:</translation>
    </message>
    <message>
        <source>Group DNs, one per line. When any are given, only their members may sign in; empty: every user the filter finds.</source>
        <translation>Group DNs, one per line. When any are given, only their members may sign in; empty: every user the filter finds.</translation>
    </message>
    <message>
        <source>Count members of member groups (nested groups)</source>
        <translation>Count members of member groups (nested groups)</translation>
    </message>
    <message>
        <source>Nesting:</source>
        <translation>Nesting:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <source>Directories are asked in ascending priority when a user signs in.</source>
        <translation>Directories are asked in ascending priority when a user signs in.</translation>
    </message>
    <message>
        <source>Let this directory&apos;s users sign in</source>
        <translation>Let this directory&apos;s users sign in</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Unchanged (type a new one to replace it)</source>
        <translation>Unchanged (type a new one to replace it)</translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation>Cannot read “%1”.</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>“%1” holds no PEM certificate (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA Certificates</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
</context>
<context>
    <name>castellan::console::DirectoryModel</name>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <source>LDAP</source>
        <translation>LDAP</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Tried in this order: the next when one does not answer</source>
        <translation>Tried in this order: the next when one does not answer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
</context>
<context>
    <name>castellan::console::DirectoryTestDialog</name>
    <message>
        <source>&amp;Run Test</source>
        <translation>&amp;Run Test</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Test Directory “%1”</source>
        <translation>Test Directory “%1”</translation>
    </message>
    <message>
        <source>Connects to the directory with its saved settings and counts its users. Give a username to see the entry found for it and whether it may sign in; add the password to check it too (only over ldaps:// or StartTLS).</source>
        <translation>Connects to the directory with its saved settings and counts its users. Give a username to see the entry found for it and whether it may sign in; add the password to check it too (only over ldaps:// or StartTLS).</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Testing… this can take up to %n second(s) when URLs do not answer.</source>
        <translation>
            <numerusform>Testing… this can take up to %n second when URLs do not answer.</numerusform>
            <numerusform>Testing… this can take up to %n seconds when URLs do not answer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test cancelled.</translation>
    </message>
    <message>
        <source>The test could not run: %1</source>
        <translation>The test could not run: %1</translation>
    </message>
    <message>
        <source>LDAPS (TLS from the start)</source>
        <translation>LDAPS (TLS from the start)</translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <source>None: not encrypted</source>
        <translation>None: not encrypted</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Signing in with the service account</source>
        <translation>Signing in with the service account</translation>
    </message>
    <message>
        <source>Counting the users</source>
        <translation>Counting the users</translation>
    </message>
    <message>
        <source>Finding the user</source>
        <translation>Finding the user</translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation>Checking the password</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Unique id</source>
        <translation>Unique id</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Framed-IP</source>
        <translation>Framed-IP</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Required groups matched</source>
        <translation>Required groups matched</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>May sign in</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No: not in any of the required groups</source>
        <translation>No: not in any of the required groups</translation>
    </message>
    <message>
        <source>The test passed.</source>
        <translation>The test passed.</translation>
    </message>
    <message>
        <source>Failed at: %1</source>
        <translation>Failed at: %1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>no URL</source>
        <translation>no URL</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: answered</source>
        <translation>%1: answered</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Tried</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Password: accepted</source>
        <translation>Password: accepted</translation>
    </message>
    <message>
        <source>Password: refused</source>
        <translation>Password: refused</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserAliasModel</name>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
</context>
<context>
    <name>castellan::console::AliasDialog</name>
    <message>
        <source>Add Alias</source>
        <translation>Add Alias</translation>
    </message>
    <message>
        <source>Another login name of &lt;b&gt;%1&lt;/b&gt;: the user signs in with it using the same password and factors. It follows the rules of usernames and no other user or alias may have it.</source>
        <translation>Another login name of &lt;b&gt;%1&lt;/b&gt;: the user signs in with it using the same password and factors. It follows the rules of usernames and no other user or alias may have it.</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserAliasesTab</name>
    <message>
        <source>Other login names of this user: they sign in with the same password and factors.</source>
        <translation>Other login names of this user: they sign in with the same password and factors.</translation>
    </message>
    <message>
        <source>A directory user has no aliases: they sign in with the login names their directory knows, and other names are added there.</source>
        <translation>A directory user has no aliases: they sign in with the login names their directory knows, and other names are added there.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>No aliases: the user signs in with the username only.</source>
        <translation>No aliases: the user signs in with the username only.</translation>
    </message>
    <message>
        <source>Alias “%1” added</source>
        <translation>Alias “%1” added</translation>
    </message>
    <message>
        <source>Remove Alias</source>
        <translation>Remove Alias</translation>
    </message>
    <message>
        <source>Remove the alias “%1” of %2?</source>
        <translation>Remove the alias “%1” of %2?</translation>
    </message>
    <message>
        <source>The user no longer signs in with this name; the name is free for others.</source>
        <translation>The user no longer signs in with this name; the name is free for others.</translation>
    </message>
    <message>
        <source>Could not remove the alias</source>
        <translation>Could not remove the alias</translation>
    </message>
    <message>
        <source>Alias “%1” removed</source>
        <translation>Alias “%1” removed</translation>
    </message>
    <message>
        <source>Removing the alias…</source>
        <translation>Removing the alias…</translation>
    </message>
</context>
</TS>
