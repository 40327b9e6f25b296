<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>qm::DashboardPage</name>
    <message numerus="yes">
        <source>Volumes read at %1; %n could not be read</source>
        <translation>
            <numerusform>Volumes read at %1; %n could not be read</numerusform>
            <numerusform>Volumes read at %1; %n could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n volume</numerusform>
            <numerusform>%n volumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n system filesystem(s) hidden)</source>
        <translation>
            <numerusform>(%n system filesystem hidden)</numerusform>
            <numerusform>(%n system filesystems hidden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::MainWindow</name>
    <message numerus="yes">
        <source>Opened %1 (%n line(s))</source>
        <translation>
            <numerusform>Opened %1 (%n line)</numerusform>
            <numerusform>Opened %1 (%n lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::VolumeReader</name>
    <message numerus="yes">
        <source>The filesystem did not answer within %n second(s): a network mount whose server is unreachable?</source>
        <translation>
            <numerusform>The filesystem did not answer within %n second: a network mount whose server is unreachable?</numerusform>
            <numerusform>The filesystem did not answer within %n seconds: a network mount whose server is unreachable?</numerusform>
        </translation>
    </message>
</context>
</TS>
