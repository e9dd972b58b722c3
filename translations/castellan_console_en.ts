<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
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
</context>
</TS>
